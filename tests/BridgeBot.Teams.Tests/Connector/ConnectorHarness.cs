using Microsoft.Extensions.Http;
using Azure.Core;
using BridgeBot.Teams.Authentication;
using BridgeBot.Teams.Connector;
using BridgeBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Tests.Connector;

/// <summary>
/// A <see cref="ConnectorClient"/> wired as the host wires it (AddTeamsConnector), talking to a
/// <see cref="FakeConnector"/>, with a fake credential and timers that fire at once.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const int MaxRetryAttempts = 3;

    /// <summary>
    /// For the tests of a connector that never answers: short, so such a test ends in a moment (the product waits 30 s).
    /// Every other test waits as long as the product does, so a slow first request (JIT, a loaded machine) does not fail it.
    /// </summary>
    public static readonly TimeSpan ShortAttemptTimeout = TimeSpan.FromSeconds(2);

    private readonly ServiceProvider services;

    private ConnectorHarness(FakeConnector connector, ServiceProvider services, FakeTokenCredential credential, InstantDelayTimeProvider time, RecordingLoggerProvider logs)
    {
        Connector = connector;
        this.services = services;
        Credential = credential;
        Time = time;
        Logs = logs;
    }

    public FakeConnector Connector { get; }

    public FakeTokenCredential Credential { get; }

    public InstantDelayTimeProvider Time { get; }

    public RecordingLoggerProvider Logs { get; }

    public ConnectorClient Client => services.GetRequiredService<ConnectorClient>();

    public IServiceUrlTrust Trust => services.GetRequiredService<IServiceUrlTrust>();

    /// <summary>With authentication on, the fake's URL is trusted as if a validated request had come from it.</summary>
    public static async Task<ConnectorHarness> StartAsync(bool authenticationOn = true, TimeSpan? tokenLifetime = null, TimeSpan? attemptTimeout = null)
    {
        var connector = await FakeConnector.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = authenticationOn ? "6f1f3c0e-2a4b-4c5d-8e9f-0a1b2c3d4e5f" : null,
                ["MicrosoftAppPassword"] = authenticationOn ? "secret" : null,
                ["Teams:Connector:MaxRetryAttempts"] = MaxRetryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Teams:Connector:RetryBaseDelay"] = "00:00:00.010",
                ["Teams:Connector:MaxRetryAfter"] = "00:00:30",
            })
            .Build();
        var credential = new FakeTokenCredential(tokenLifetime ?? TimeSpan.FromHours(1));
        var time = new InstantDelayTimeProvider();
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<TimeProvider>(time)
            .AddKeyedSingleton<TokenCredential>(ConnectorServiceCollectionExtensions.CredentialKey, credential)
            .AddTeamsConnector(configuration)
            .Configure<HttpClientFactoryOptions>(nameof(ConnectorClient), options => options.HttpClientActions.Add(http => http.Timeout = attemptTimeout ?? ConnectorClient.AttemptTimeout))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var harness = new ConnectorHarness(connector, services, credential, time, logs);
        if (authenticationOn)
        {
            harness.Trust.Trust(connector.ServiceUrl);
        }

        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
