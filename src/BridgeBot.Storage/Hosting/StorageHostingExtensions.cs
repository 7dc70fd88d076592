using Azure.Core;
using Azure.Identity;
using BridgeBot.Domain.Ports;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Storage.Tables;
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
    /// conflict store and the workspace settings store.
    /// </summary>
    public static IHostApplicationBuilder AddBridgeBotStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<TableClientOptions>().BindConfiguration(StorageOptions.Section + ":Retry");
        services.AddSingleton(CreateTableClient);
        services.AddSingleton<TableProvisioner>();
        services.AddSingleton<TableConflictStore>();
        services.AddSingleton<IConflictStore>(provider => provider.GetRequiredService<TableConflictStore>());
        services.AddSingleton<IWorkspaceSettingsStore>(provider => provider.GetRequiredService<TableConflictStore>());
        services.AddSingleton<IConversationStore, TableConversationStore>();
        return builder;
    }

    private static TableClient CreateTableClient(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var time = provider.GetRequiredService<TimeProvider>();
        DelegatingHandler authentication;
        Uri endpoint;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var connection = TableConnectionString.Parse(options.ConnectionString);
            authentication = new SharedKeyLiteHandler(connection.AccountName, connection.AccountKey, time);
            endpoint = connection.TableEndpoint;
        }
        else
        {
            TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            authentication = new BearerTokenHandler(credential, time);
            endpoint = new Uri(options.TableEndpoint!);
        }

        // One long-lived client per table; pooled connections are recycled so DNS changes are picked up.
        authentication.InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        return new TableClient(
            new HttpClient(authentication) { Timeout = Timeout.InfiniteTimeSpan },
            endpoint,
            options.TableName,
            provider.GetRequiredService<IOptions<TableClientOptions>>().Value,
            time,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger<TableClient>());
    }
}
