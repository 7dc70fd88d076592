using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>The real host with Slack configured, Azurite, and a fake Slack Web API on loopback that records every call.</summary>
public sealed class SlackHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-acme-single-workspace";

    private SlackHost(WebApplicationFactory<Program> factory, FakeSlackApi api, string tableName)
    {
        Factory = factory;
        Api = api;
        TableName = tableName;
        Client = new SlackClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), api);
    }

    public WebApplicationFactory<Program> Factory { get; }

    public FakeSlackApi Api { get; }

    public SlackClient Client { get; }

    public string TableName { get; }

    /// <summary>Starts the host; <paramref name="extra"/> overrides settings (a null value removes one).</summary>
    /// <param name="azurite">The storage emulator.</param>
    /// <param name="extra">Settings to add or override.</param>
    /// <param name="tableName">The table, to share one between two hosts (a restart, a second instance).</param>
    /// <param name="services">Replaces services, for a narrow seam (a store that waits).</param>
    public static async Task<SlackHost> StartAsync(
        AzuriteServer azurite, IDictionary<string, string?>? extra = null, string? tableName = null, Action<IServiceCollection>? services = null)
    {
        var api = await FakeSlackApi.StartAsync();
        var table = tableName ?? AzuriteFixture.UniqueTableName("slack");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TableName"] = table,
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = api.ApiBaseUrl.AbsoluteUri,
            ["Slack:RetryBaseDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        WebApplicationFactory<Program> factory = new BridgeBotFactory(settings, "Development");
        if (services is not null)
        {
            factory = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services));
        }

        return new SlackHost(factory, api, table);
    }

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Api.Release();
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
    }
}
