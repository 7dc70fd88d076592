using BridgeBot.Host.Tests.Slack;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Reliability;

namespace BridgeBot.Host.Tests.Reliability;

/// <summary>
/// The Bot Connector and the Slack Web API answer 429 with Retry-After and 500 before they accept: every reply, private
/// request and card update arrives exactly once. (A peer that never answers, or a connection that breaks after the
/// request went out, is covered where the clients are: a post is then reported, never sent twice; an update is retried.)
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public class PeerFaultTests(AzuriteFixture azurite)
{

    [Fact]
    public async Task Teams_ThrottledAndFailingConnector_EveryPostAndUpdateArrivesOnce()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server, new Dictionary<string, string?>
        {
            ["Digests:Enabled"] = "false",
            ["Teams:Connector:RetryBaseDelay"] = "00:00:00.100",
        });
        var connector = host.Connector;
        connector.ThrottledRequests[TeamsClient.ChannelThread] = 1;
        connector.FailingPosts[TeamsClient.ChannelThread] = 1;
        connector.ThrottledRequests["a:dm-user-ana"] = 2;

        await host.Client.SendAsync(host.Client.Open(TeamsClient.Dev, "Faults"));
        connector.ThrottledRequests[TeamsClient.ChannelThread] = 1;
        await host.Client.SendAsync(host.Client.Channel(TeamsClient.Dev, "withdraw R-1 because \"SSO made it after all\""));

        var cards = connector.Of("reply").Where(reply => reply.CardText.Contains("Faults", StringComparison.Ordinal)).ToArray();
        var privateRequests = connector.Of("send").Where(send => send.ConversationId == "a:dm-user-ana").ToArray();
        var channelUpdates = connector.Of("update").Where(update => update.ConversationId == TeamsClient.ChannelThread).ToArray();
        ReliabilityFigures.Record("peerFaults.teams", new
        {
            throttled = connector.Requests.Count(request => request.Kind.EndsWith("-throttled", StringComparison.Ordinal)),
            failed = connector.Requests.Count(request => request.Kind.EndsWith("-failed", StringComparison.Ordinal)),
            channelCards = cards.Length,
            privateRequestsToAna = privateRequests.Length,
            channelCardUpdates = channelUpdates.Length,
        });
        Assert.Single(cards);
        Assert.Single(privateRequests);
        Assert.Single(channelUpdates);
        Assert.Equal(cards[0].AssignedId, channelUpdates[0].ActivityId);
        Assert.Contains("Withdrawn", channelUpdates[0].CardText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, connector.Requests.Count(request => request.Kind.EndsWith("-throttled", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Slack_ThrottledAndFailingWebApi_EveryPostAndUpdateArrivesOnce()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, new Dictionary<string, string?> { ["Digests:Enabled"] = "false" });
        var api = host.Api;
        api.FailNext("chat.postMessage", 429, retryAfterSeconds: 1);
        api.FailNext("chat.postMessage", 500);
        api.FailNext("chat.update", 503);

        await host.Client.CommandAsync(SlackClient.Dev, SlackClient.OpenText("Faults"));
        await api.WaitForAsync("chat.postMessage", 3, TimeSpan.FromSeconds(30));
        await host.Client.CommandAsync(SlackClient.Dev, "withdraw R-1 because \"SSO made it after all\"");
        await api.WaitForAsync("chat.update", 1, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1)); // a duplicate would follow the first

        var cards = api.Of("chat.postMessage").Where(post => post.Channel == SlackClient.Channel && post.AllText.Contains("Faults", StringComparison.Ordinal)).ToArray();
        var updates = api.Of("chat.update").Where(update => update.Channel == SlackClient.Channel).ToArray();
        ReliabilityFigures.Record("peerFaults.slack", new
        {
            failedCalls = api.Calls.Count(call => call.Method.EndsWith(" failed", StringComparison.Ordinal)),
            channelMessages = cards.Length,
            directMessages = api.Of("chat.postMessage").Count(post => post.Channel?.StartsWith('D') == true),
            channelUpdates = updates.Length,
        });
        Assert.Single(cards);
        Assert.Single(updates);
        Assert.Equal(cards[0].Ts, updates[0].Text("ts"));
        Assert.Equal(3, api.Calls.Count(call => call.Method.EndsWith(" failed", StringComparison.Ordinal)));
    }
}
