using System.Net;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing.Azurite;
using static BridgeBot.Host.Tests.Slack.SlackClient;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>Slack redelivers; a retry never produces a second log entry or a second message.</summary>
[Collection(AzuriteCollection.Name)]
public class SlackRetryTests(AzuriteFixture azurite)
{
    private const string MentionOpen =
        "open \"Billing 1.2\" due " + SlackFlowTests.Deadline + " scope \"invoices\" product <@U0ANA> project <@U0BEN>";

    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack(Team);

    [Fact]
    public async Task Event_DeliveredThreeTimes_HasOneEffect()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var first = await host.Client.MentionAsync(Dev, MentionOpen, "Ev0BILLING1");
        var second = await host.Client.MentionAsync(Dev, MentionOpen, "Ev0BILLING1", retryNum: 1);
        var third = await host.Client.MentionAsync(Dev, MentionOpen, "Ev0BILLING1", retryNum: 2);

        Assert.All([first, second, third], response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        await host.Api.WaitForAsync("chat.postMessage", 3);
        await host.Api.WaitForAsync("chat.postMessage", 4, TimeSpan.FromMilliseconds(500));
        Assert.Single(host.Api.Of("chat.postMessage"), post => post.Channel == Channel);
        Assert.Single(await host.Service<IConflictStore>().ListOpenAsync(Workspace));
        Assert.Single(await host.Service<IConflictStore>().ReadLogAsync(Workspace, new ConflictId(1)));
    }

    [Fact]
    public async Task SlashCommand_Retried_HasOneEffect()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var first = await host.Client.CommandAsync(Dev, SlackFlowTests.OpenText, triggerId: "1763800000.9999.retried");
        var retry = await host.Client.CommandAsync(Dev, SlackFlowTests.OpenText, triggerId: "1763800000.9999.retried");

        Assert.Contains("On it", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(string.Empty, await retry.Content.ReadAsStringAsync());
        await host.Api.WaitForAsync("chat.postMessage", 3);
        await host.Api.WaitForAsync("chat.postMessage", 4, TimeSpan.FromMilliseconds(500));
        Assert.Single(host.Api.Of("chat.postMessage"), post => post.Channel == Channel);
        Assert.Single(await host.Service<IConflictStore>().ListOpenAsync(Workspace));
    }

    [Fact]
    public async Task Event_RetriedToAnotherInstance_WritesNoSecondEntryAndPostsNoSecondMessage()
    {
        var table = AzuriteFixture.UniqueTableName("slackretry");
        await using (var first = await SlackHost.StartAsync(azurite.Server, tableName: table))
        {
            await first.Client.MentionAsync(Dev, MentionOpen, "Ev0BILLING2");
            await first.Api.WaitForAsync("chat.postMessage", 3);
        }

        await using var second = await SlackHost.StartAsync(azurite.Server, tableName: table);
        await second.Client.MentionAsync(Dev, MentionOpen, "Ev0BILLING2", retryNum: 1);

        var updates = await second.Api.WaitForAsync("chat.update", 3);
        Assert.Empty(second.Api.Of("chat.postMessage"));
        Assert.Equal(3, updates.Count);
        Assert.Single(await second.Service<IConflictStore>().ReadLogAsync(Workspace, new ConflictId(1)));
        Assert.Single(await second.Service<IConflictStore>().ListOpenAsync(Workspace));
    }
}
