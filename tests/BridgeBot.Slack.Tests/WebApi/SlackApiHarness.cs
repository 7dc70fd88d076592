using BridgeBot.Slack.WebApi;
using BridgeBot.Testing;
using BridgeBot.Testing.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Tests.WebApi;

/// <summary>A <see cref="SlackApiClient"/> wired as the host wires it (AddSlackApi), with timers that fire at once and recorded logs.</summary>
internal sealed class SlackApiHarness : IAsyncDisposable
{
    public const int MaxRetryAttempts = 3;

    private readonly ServiceProvider services;

    private SlackApiHarness(ServiceProvider services, InstantDelayTimeProvider time, RecordingLoggerProvider logs)
    {
        this.services = services;
        Time = time;
        Logs = logs;
    }

    public InstantDelayTimeProvider Time { get; }

    public RecordingLoggerProvider Logs { get; }

    public SlackApiClient Client => services.GetRequiredService<SlackApiClient>();

    /// <summary>Against <paramref name="apiBaseUrl"/>, or through <paramref name="handler"/> when given.</summary>
    public static SlackApiHarness Create(Uri apiBaseUrl, HttpMessageHandler? handler = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "secret",
            ["Slack:BotToken"] = "xoxb-test",
            ["Slack:ApiBaseUrl"] = apiBaseUrl.AbsoluteUri,
            ["Slack:MaxRetryAttempts"] = MaxRetryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Slack:RetryBaseDelay"] = "00:00:00.010",
            ["Slack:MaxRetryAfter"] = "00:00:30",
        }).Build();
        var time = new InstantDelayTimeProvider();
        var logs = new RecordingLoggerProvider();
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<TimeProvider>(time)
            .AddSlackApi(configuration);
        if (handler is not null)
        {
            collection.AddHttpClient<SlackApiClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        }

        return new SlackApiHarness(collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), time, logs);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
