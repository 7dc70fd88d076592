using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Fakes;

namespace BridgeBot.Host.Tests.Teams;

/// <summary>The real host in Development (authentication off, as with the Agents Playground), Azurite, and a fake connector.</summary>
public sealed class TeamsHost : IAsyncDisposable
{
    private TeamsHost(BridgeBotFactory factory, FakeConnector connector)
    {
        Factory = factory;
        Connector = connector;
        Client = new TeamsClient(factory.CreateClient(), connector.ServiceUrl);
    }

    public BridgeBotFactory Factory { get; }

    public FakeConnector Connector { get; }

    public TeamsClient Client { get; }

    public static async Task<TeamsHost> StartAsync(AzuriteServer azurite, IDictionary<string, string?>? extra = null, TimeProvider? clock = null, Action<Microsoft.AspNetCore.Hosting.IWebHostBuilder>? configure = null)
    {
        var connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TableName"] = AzuriteFixture.UniqueTableName("teams"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new TeamsHost(new BridgeBotFactory(settings, extra?.ContainsKey("MicrosoftAppId") == true ? "Production" : "Development", clock, configure), connector);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
