using System.Diagnostics;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Slack;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Reliability;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Host.Tests.Reliability;

/// <summary>
/// Every activity and event delivered twice, half of them both at once, and each copy to another of two instances
/// sharing one table (as behind a load balancer): one effect each.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public class RedeliveryTests(AzuriteFixture azurite)
{
    private const int Deliveries = 1000;
    private const int InFlight = 16;

    [Fact]
    public async Task TeamsActivities_EachDeliveredTwice_OneConflictOneCardTwoRequestsEach()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Digests:Enabled"] = "false",
            ["Storage:TableName"] = AzuriteFixture.UniqueTableName("redeliver"),
        };
        await using var host = await TeamsHost.StartAsync(azurite.Server, settings);
        await using var other = await TeamsHost.StartAsync(azurite.Server, settings);
        var teams = host.Client;
        var clock = Stopwatch.StartNew();

        await ForEachAsync(Enumerable.Range(1, Deliveries), async index =>
        {
            var activity = teams.Open(TeamsClient.Dev, $"Load {index}");
            var twice = index % 2 == 0
                ? await Task.WhenAll(teams.SendAsync(activity), other.Client.SendAsync(activity))
                : [await teams.SendAsync(activity), await other.Client.SendAsync(activity)];
            Assert.All(twice, response => Assert.True(response.IsSuccessStatusCode, $"{index}: {response.StatusCode}"));
        });

        var store = host.Factory.Services.GetRequiredService<IConflictStore>();
        var workspace = WorkspaceId.ForTeams(TeamsClient.Tenant);
        var open = await store.ListOpenAsync(workspace);
        var logEntries = 0;
        foreach (var conflict in open)
        {
            logEntries += (await store.ReadLogAsync(workspace, conflict.Conflict.Id)).Count;
        }

        var cards = host.Connector.Of("reply").Where(reply => reply.CardText?.Contains("Load ", StringComparison.Ordinal) == true).ToArray();
        var cardsPerRelease = cards.GroupBy(card => ReleaseOf(card.CardText!)).ToArray();
        var requests = host.Connector.Of("send");
        ReliabilityFigures.Record("redelivery.teams", new
        {
            activities = Deliveries,
            deliveries = 2 * Deliveries,
            conflicts = open.Count,
            logEntries,
            channelCards = cards.Length,
            privateRequests = requests.Count,
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
        });
        Assert.Equal(Deliveries, open.Select(conflict => conflict.Conflict.Release).Distinct().Count());
        Assert.Equal(Deliveries, open.Count);
        Assert.Equal(Deliveries, logEntries);
        Assert.Equal(Deliveries, cardsPerRelease.Length);
        Assert.All(cardsPerRelease, group => Assert.Single(group));
        Assert.Equal(2 * Deliveries, requests.Count);
    }

    [Fact]
    public async Task SlackEvents_EachDeliveredTwice_OneConflictOneMessageEach()
    {
        var table = AzuriteFixture.UniqueTableName("redeliver");
        await using var host = await SlackHost.StartAsync(azurite.Server, new Dictionary<string, string?> { ["Digests:Enabled"] = "false" }, table);
        await using var other = await SlackHost.StartAsync(azurite.Server, new Dictionary<string, string?>
        {
            ["Digests:Enabled"] = "false",
            ["Slack:ApiBaseUrl"] = host.Api.ApiBaseUrl.AbsoluteUri,
        }, table);
        var slack = host.Client;
        var clock = Stopwatch.StartNew();

        await ForEachAsync(Enumerable.Range(1, Deliveries), async index =>
        {
            var eventId = $"Ev{index:D6}";
            var body = SlackClient.MentionBody(SlackClient.Dev, SlackClient.OpenText($"Load {index}"), eventId);
            var twice = index % 2 == 0
                ? await Task.WhenAll(slack.EventAsync(body), other.Client.EventAsync(body, retryNum: 1))
                : [await slack.EventAsync(body), await other.Client.EventAsync(body, retryNum: 1)];
            Assert.All(twice, response => Assert.True(response.IsSuccessStatusCode, $"{index}: {response.StatusCode}"));
        });

        // The acknowledgements came first; the work runs after them. Wait until every conflict's message is out.
        var store = host.Factory.Services.GetRequiredService<IConflictStore>();
        IGrouping<string, Testing.Fakes.SlackApiCall>[] cards = [];
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            cards = ChannelCards(host);
            if (cards.Length >= Deliveries)
            {
                break;
            }

            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // a duplicate would come after the first; give it the time to show
        cards = ChannelCards(host);
        var open = await store.ListOpenAsync(WorkspaceId.ForSlack(SlackClient.Team));
        ReliabilityFigures.Record("redelivery.slack", new
        {
            events = Deliveries,
            deliveries = 2 * Deliveries,
            conflicts = open.Count,
            channelMessages = cards.Sum(group => group.Count()),
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
        });
        Assert.Equal(Deliveries, open.Count);
        Assert.Equal(Deliveries, cards.Length);
        Assert.All(cards, group => Assert.Single(group));
    }

    private static IGrouping<string, Testing.Fakes.SlackApiCall>[] ChannelCards(SlackHost host) =>
        host.Api.Of("chat.postMessage")
            .Where(post => post.Channel == SlackClient.Channel && post.AllText.Contains("Load ", StringComparison.Ordinal))
            .GroupBy(post => ReleaseOf(post.AllText))
            .ToArray();

    private static string ReleaseOf(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"Load (\d+)");
        return match.Groups[1].Value;
    }

    private static Task ForEachAsync(IEnumerable<int> items, Func<int, Task> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (item, _) => await body(item));
}
