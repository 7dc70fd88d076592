using System.Net;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using Microsoft.Extensions.Configuration;

namespace BridgeBot.Host.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public class SampleSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SampleSettings_StartTheHostLocally()
    {
        var sample = new ConfigurationBuilder().AddJsonFile(RepositoryRoot.Combine("appsettings.sample.json")).Build();
        var settings = sample.AsEnumerable().Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value);
        settings["Storage:ConnectionString"] = azurite.Server.ConnectionString;
        settings["Storage:TableName"] = AzuriteFixture.UniqueTableName("sample");
        using var factory = new BridgeBotFactory(settings, "Development");
        using var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
