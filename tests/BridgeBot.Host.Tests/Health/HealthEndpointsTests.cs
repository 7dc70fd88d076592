using System.Net;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;

namespace BridgeBot.Host.Tests.Health;

[Collection(AzuriteCollection.Name)]
public class HealthEndpointsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Readyz_WithAzurite_IsHealthyAndCreatesTheTable()
    {
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:TableName"] = "ready" + Guid.NewGuid().ToString("N")[..8],
        }, "Development");
        using var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"storage\"", body);
        Assert.Contains("\"signingKeys\":{\"status\":\"Healthy\",\"description\":\"Authentication is off", body);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Readyz_WithStorageDown_IsUnavailableButHealthzStaysUp()
    {
        var nowhere = LoopbackServer.UnboundUrl();
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"AccountName=devstoreaccount1;AccountKey={AzuriteServer.AccountKey};TableEndpoint={nowhere}devstoreaccount1",
            ["Storage:Retry:MaxRetries"] = "1",
            ["Storage:Retry:Delay"] = "00:00:00.010",
        }, "Development");
        using var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("does not answer", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
