using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing.Azurite;
using static BridgeBot.Host.Tests.Teams.TeamsClient;

namespace BridgeBot.Host.Tests.Teams;

[Collection(AzuriteCollection.Name)]
public class DigestCommandsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Digest_SetShowNowOff_ThroughTheTeamsPipeline()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server, new Dictionary<string, string?> { ["Digests:Enabled"] = "false" });

        await host.Client.SendAsync(host.Client.Channel(Dev, "digest"));
        await host.Client.SendAsync(host.Client.Channel(Dev, "digest at 09:30 Europe/Berlin weekdays"));
        await host.Client.SendAsync(host.Client.Channel(Ana, "digest"));
        await host.Client.SendAsync(host.Client.Channel(Ana, "digest now"));
        await host.Client.SendAsync(host.Client.Channel(Ana, "digest off"));
        var replies = await host.Connector.WaitForAsync("reply", 5);

        Assert.Contains("no digest", replies[0].CardText);
        Assert.Contains("09:30 Europe/Berlin, weekdays", replies[1].CardText);
        Assert.Contains("the next is due", replies[2].CardText);
        Assert.Contains("Stand-up digest", replies[3].CardText);
        Assert.Contains("Stopped", replies[4].CardText);
    }

    [Fact]
    public async Task Digest_WithWrongZoneOrTime_RepliesWithTheMistakeAndAnExample()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server, new Dictionary<string, string?> { ["Digests:Enabled"] = "false" });

        await host.Client.SendAsync(host.Client.Channel(Dev, "digest at 09:30 Europe/Berln"));
        await host.Client.SendAsync(host.Client.Channel(Dev, "digest at 25:61 Europe/Berlin"));
        var replies = await host.Connector.WaitForAsync("reply", 2);

        Assert.Contains("not a time zone I know", replies[0].CardText);
        Assert.Contains("digest at 09:30 Europe/Berlin weekdays", replies[0].CardText);
        Assert.Contains("not a time of day", replies[1].CardText);
    }
}
