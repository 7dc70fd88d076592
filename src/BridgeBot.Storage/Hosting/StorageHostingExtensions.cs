using Azure.Core;
using Azure.Identity;
using BridgeBot.Domain.Ports;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Storage.Digests;
using BridgeBot.Storage.Installations;
using BridgeBot.Storage.Retrospectives;
using BridgeBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BridgeBot.Storage.Hosting;

/// <summary>Registers the decision log on Azure Table Storage.</summary>
public static class StorageHostingExtensions
{
    /// <summary>
    /// Binds and validates <see cref="StorageOptions"/> at start-up, and registers the table client, the
    /// conflict store, the workspace settings store, the conversation store, the installation store, the digest store and the retrospective ledger.
    /// </summary>
    public static IHostApplicationBuilder AddBridgeBotStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(CreateTableClient);
        services.AddSingleton<TableProvisioner>();
        services.AddSingleton<TableConflictStore>();
        services.AddSingleton<IConflictStore>(provider => provider.GetRequiredService<TableConflictStore>());
        services.AddSingleton<IConflictArchive>(provider => provider.GetRequiredService<TableConflictStore>());
        services.AddSingleton<IWorkspaceSettingsStore>(provider => provider.GetRequiredService<TableConflictStore>());
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<TableDigestStore>();
        services.AddSingleton<IDigestSubscriptionStore>(provider => provider.GetRequiredService<TableDigestStore>());
        services.AddSingleton<IDigestLedger>(provider => provider.GetRequiredService<TableDigestStore>());
        services.AddSingleton<IRetrospectiveLedger, TableRetrospectiveLedger>();
        services.AddSingleton(provider => new TokenSealer(provider.GetRequiredService<IOptions<StorageOptions>>().Value.SecretsKey));
        services.AddSingleton<IInstallationStore, TableInstallationStore>();
        return builder;
    }

    private static TableClient CreateTableClient(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        TableStorageConnection connection;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            connection = TableStorageConnection.Parse(options.ConnectionString);
        }
        else
        {
            TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            connection = new TableStorageConnection(new Uri(options.TableEndpoint!), credential);
        }

        var clientOptions = new TableClientOptions
        {
            // One long-lived client per table; pooled connections are recycled so DNS changes are picked up.
            HttpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }) { Timeout = Timeout.InfiniteTimeSpan },
            TimeProvider = provider.GetRequiredService<TimeProvider>(),
            Logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger<TableClient>(),
        };
        provider.GetRequiredService<IConfiguration>().GetSection(StorageOptions.Section + ":Retry").Bind(clientOptions.Retry);
        return new TableClient(connection, options.TableName, clientOptions);
    }
}
