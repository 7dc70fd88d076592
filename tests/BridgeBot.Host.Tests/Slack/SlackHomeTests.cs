using System.Net;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Fakes;
using BridgeBot.Web.Links;
using Microsoft.AspNetCore.WebUtilities;
using static BridgeBot.Host.Tests.Slack.SlackClient;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>Opening BridgeBot's Home tab publishes it for that person, with a decision-log link signed for the workspace.</summary>
[Collection(AzuriteCollection.Name)]
public class SlackHomeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AppHomeOpened_PublishesTheHomeTabWithALinkSignedForTheWorkspace()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        await host.Client.MentionAsync(Dev, OpenText("Checkout 2.4"), "Ev0HOMEOPEN");
        await host.Api.WaitForAsync("chat.postMessage", 3);

        var response = await host.Client.HomeOpenedAsync(Ana, "Ev0HOME1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var publish = Assert.Single(await host.Api.WaitForAsync("views.publish", 1));
        Assert.Equal(Ana.Id, publish.Text("user_id"));
        Assert.Equal("Bearer " + SlackHost.BotToken, publish.Authorization);
        Assert.Equal("home", publish.Body["view"]!["type"]!.GetValue<string>());
        Assert.Contains("1 conflict is open", publish.AllText, StringComparison.Ordinal);
        Assert.Contains("Nothing has been decided yet", publish.AllText, StringComparison.Ordinal);
        var link = QueryHelpers.ParseQuery(LinkOf(publish).Query);
        Assert.Equal(WorkspaceId.ForSlack(Team).Value, link[LogLinkSigner.WorkspaceParameter].ToString());
        Assert.Equal(
            LinkCheck.Valid,
            host.Service<LogLinkSigner>().Check(link[LogLinkSigner.WorkspaceParameter], link[LogLinkSigner.ExpiresParameter], link[LogLinkSigner.SignatureParameter]));
    }

    [Fact]
    public async Task AppHomeOpened_Redelivered_PublishesOnce()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var first = await host.Client.HomeOpenedAsync(Ben, "Ev0HOME2");
        var second = await host.Client.HomeOpenedAsync(Ben, "Ev0HOME2", retryNum: 1);
        var third = await host.Client.HomeOpenedAsync(Ben, "Ev0HOME2", retryNum: 2);

        Assert.All([first, second, third], response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        await host.Api.WaitForAsync("views.publish", 1);
        await host.Api.WaitForAsync("views.publish", 2, TimeSpan.FromMilliseconds(500));
        Assert.Single(host.Api.Of("views.publish"), publish => publish.Text("user_id") == Ben.Id);
    }

    [Fact]
    public async Task AppHomeOpened_OnTheMessagesTab_PublishesNothing()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        await host.Client.HomeOpenedAsync(Carol, "Ev0HOME3", tab: "messages");
        await host.Client.HomeOpenedAsync(Ana, "Ev0HOME4");

        await host.Api.WaitForAsync("views.publish", 1);
        await host.Api.WaitForAsync("views.publish", 2, TimeSpan.FromMilliseconds(500));
        Assert.Single(host.Api.Of("views.publish"), publish => publish.Text("user_id") == Ana.Id);
    }

    private static Uri LinkOf(SlackApiCall publish)
    {
        var blocks = publish.Body["view"]!["blocks"]!.AsArray();
        var button = blocks.OfType<JsonObject>()
            .Where(block => block["type"]!.GetValue<string>() == "actions")
            .SelectMany(block => block["elements"]!.AsArray().OfType<JsonObject>())
            .Single(element => element["type"]!.GetValue<string>() == "button");
        return new Uri(button["url"]!.GetValue<string>());
    }
}
