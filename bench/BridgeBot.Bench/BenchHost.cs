using System.Net;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Bench;

/// <summary>
/// The real host on Kestrel (127.0.0.1, a free port) with authentication off, Azurite in memory, a fake Bot Connector
/// and a fake Slack Web API on loopback — as a local run, so the figures include real HTTP and real storage.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string SlackSecret = "bench-signing-secret-0123456789abcdef";

    private readonly Dictionary<string, string?> settings;

    private BenchHost(AzuriteServer azurite, CountingConnector connector, FakeSlackApi slack)
    {
        Azurite = azurite;
        Connector = connector;
        Slack = slack;
        settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TableName"] = AzuriteFixture.UniqueTableName("bench"),
            ["Slack:SigningSecret"] = SlackSecret,
            ["Slack:BotToken"] = "xoxb-bench",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
        };
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public AzuriteServer Azurite { get; }

    public CountingConnector Connector { get; }

    public FakeSlackApi Slack { get; }

    public string TableName => settings["Storage:TableName"]!;

    /// <summary>The host's base address; starts it.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        }
    }

    public static async Task<BenchHost> StartAsync()
    {
        var azurite = await AzuriteServer.StartNewAsync();
        var connector = await CountingConnector.StartAsync();
        var slack = await FakeSlackApi.StartAsync();
        var host = new BenchHost(azurite, connector, slack);
        _ = host.BaseAddress;
        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Slack.DisposeAsync();
        await Connector.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");

        // Settings read while Program builds (which edges to map) are only seen as host settings.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));

        // Logging at information level would measure the console, not the bot.
        builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning));
    }
}
