using System.Net;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Retrospectives;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Teams.Cards;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Time;
using Microsoft.Extensions.DependencyInjection;
using static BridgeBot.Host.Tests.Teams.TeamsClient;

namespace BridgeBot.Host.Tests.Retrospectives;

[Collection(AzuriteCollection.Name)]
public class RetrospectiveSchedulerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly WorkspaceId Workspace = WorkspaceId.ForTeams(Tenant);
    private static readonly ConflictId R1 = new(1);

    private static Dictionary<string, string?> Settings(string table) => new()
    {
        ["Storage:TableName"] = table,
        ["Digests:Enabled"] = "false",
        ["Retrospectives:TickInterval"] = "00:00:00.010",
        ["Retrospectives:DelayDays"] = "14",
    };

    [Fact]
    public async Task DecidedConflict_IsAskedOnceOnTheDayItFallsDue_AndTheAnswersAreLogged()
    {
        var clock = new ManualClock(Monday);
        var table = AzuriteFixture.UniqueTableName("retro");
        await using var host = await TeamsHost.StartAsync(azurite.Server, Settings(table), clock);
        await using var otherInstance = await TeamsHost.StartAsync(azurite.Server, Settings(table), clock);
        await DecideAsync(host);
        var simulation = new SchedulerSimulation<RetrospectiveScheduler>(clock, [host, otherInstance], host.Connector);

        // Released 2027-01-10: nothing is asked up to 2027-01-23, both managers are asked on the 24th, and never again.
        var dayBefore = new DateTimeOffset(2027, 1, 23, 9, 0, 0, TimeSpan.Zero) - clock.GetUtcNow();
        await simulation.RunAsync(dayBefore, dayBefore);
        Assert.Empty(Asks(host));
        await simulation.RunAsync(TimeSpan.FromDays(1), TimeSpan.FromDays(1));
        var asks = Asks(host);
        Assert.Equal(["a:dm-user-ana", "a:dm-user-ben"], asks.Select(ask => ask.ConversationId).Order());
        Assert.All(asks, ask => Assert.Equal(new DateTimeOffset(2027, 1, 24, 9, 0, 0, TimeSpan.Zero), simulation.Received.Single(r => r.Request == ask).At));
        Assert.Contains("Enterprise trials stall without SSO", asks.Single(ask => ask.ConversationId == "a:dm-user-ana").CardText);
        await simulation.RunAsync(TimeSpan.FromDays(3), TimeSpan.FromHours(12));
        Assert.Equal(2, Asks(host).Length);

        var answer = await AnswerAsync(host, Ben, "partly", "Two audits slipped a week; nobody else noticed");
        var again = await AnswerAsync(host, Ben, "no", "Changed my mind");

        Assert.Contains("your answer is in the decision log", CardTexts.Of(answer));
        Assert.Contains("You already answered", CardTexts.Of(again));
        Assert.Contains("Two audits slipped a week; nobody else noticed", CardTexts.Of(again));
        var log = await host.Factory.Services.GetRequiredService<IConflictStore>().ReadLogAsync(Workspace, R1);
        Assert.Single(log.OfType<RetrospectiveRequested>());
        var logged = Assert.Single(log.OfType<RetrospectiveAnswered>()).Answer;
        Assert.Equal((1, ManagerRole.Project, ImpactHappened.Partly, "Two audits slipped a week; nobody else noticed", "user-ben"),
            (logged.DecisionNumber, logged.Role, logged.Answer, logged.Comment, logged.By.Id));
        var conflict = (await host.Factory.Services.GetRequiredService<IConflictStore>().GetAsync(Workspace, R1))!.Conflict;
        Assert.Equal([logged], conflict.Retrospectives);
    }

    [Fact]
    public async Task FailedAsk_IsRetriedAfterTheRetryDelay_AndNobodyIsAskedTwice()
    {
        var clock = new ManualClock(Monday);
        var settings = Settings(AzuriteFixture.UniqueTableName("retro"));
        settings["Retrospectives:RetryDelay"] = "01:00:00";
        settings["Teams:Connector:MaxRetryAttempts"] = "1";
        settings["Teams:Connector:RetryBaseDelay"] = "00:00:00.010";
        await using var host = await TeamsHost.StartAsync(azurite.Server, settings, clock);
        await DecideAsync(host);
        host.Connector.FailingPosts["a:dm-user-ana"] = 2;
        var simulation = new SchedulerSimulation<RetrospectiveScheduler>(clock, [host], host.Connector);

        var dueDay = new DateTimeOffset(2027, 1, 24, 9, 0, 0, TimeSpan.Zero) - clock.GetUtcNow();
        await simulation.RunAsync(dueDay, dueDay);
        Assert.Equal(2, host.Connector.Of("send-failed").Count(failed => failed.ConversationId == "a:dm-user-ana"));
        Assert.Empty(Asks(host));
        await simulation.RunAsync(TimeSpan.FromHours(2), TimeSpan.FromMinutes(30));

        // Ana's ask failed (the connector's own retry too); the scheduler asked both an hour later, each once.
        var asks = Asks(host);
        Assert.Equal(["a:dm-user-ana", "a:dm-user-ben"], asks.Select(ask => ask.ConversationId).Order());
        Assert.All(asks, ask => Assert.Equal(new DateTimeOffset(2027, 1, 24, 10, 0, 0, TimeSpan.Zero), simulation.Received.Single(r => r.Request == ask).At));
        var log = await host.Factory.Services.GetRequiredService<IConflictStore>().ReadLogAsync(Workspace, R1);
        Assert.Single(log.OfType<RetrospectiveRequested>());
    }

    [Fact]
    public async Task ReopenedDecision_IsNotAskedAbout_AndItsEntryIsDropped()
    {
        var clock = new ManualClock(Monday);
        await using var host = await TeamsHost.StartAsync(azurite.Server, Settings(AzuriteFixture.UniqueTableName("retro")), clock);
        await DecideAsync(host);
        await host.Client.SendAsync(host.Client.Channel(Ana, "reopen R-1 because \"The SSO vendor slipped a month\"", Ana, Ben));
        var simulation = new SchedulerSimulation<RetrospectiveScheduler>(clock, [host], host.Connector);

        var dueDay = new DateTimeOffset(2027, 1, 24, 9, 0, 0, TimeSpan.Zero) - clock.GetUtcNow();
        await simulation.RunAsync(dueDay, dueDay);

        Assert.Empty(Asks(host));
        var ledger = host.Factory.Services.GetRequiredService<IRetrospectiveLedger>();
        Assert.Empty(await ledger.ListDueAsync(new DateOnly(2027, 12, 31), clock.GetUtcNow().AddYears(1), 10));
    }

    private static async Task DecideAsync(TeamsHost host)
    {
        string[] steps =
        [
            "open \"Checkout 2.4\" due 2026-12-15 scope \"SSO, audit export\" product <at>Ana Product</at> project <at>Ben Project</at>",
            "reason R-1 hold \"Enterprise trials stall without SSO\" move \"Shoppers wait\" affected \"12 trials\" severity high prefer move-date",
            "reason R-1 hold \"Nobody misses audit export\" move \"Shoppers wait\" affected \"12 trials\" severity low prefer hold-date",
            "propose R-1 move-date 2027-01-10 because \"Enterprise customers need SSO on day one\"",
            "approve R-1",
        ];
        (string Id, string Name)[] by = [Dev, Ana, Ben, Ana, Ben];
        for (var i = 0; i < steps.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(host.Client.Channel(by[i], steps[i], Ana, Ben))).StatusCode);
        }

        var decided = await host.Factory.Services.GetRequiredService<IConflictStore>().GetAsync(Workspace, R1);
        Assert.Equal(ConflictState.Decided, decided!.Conflict.State);
    }

    private static BridgeBot.Testing.Fakes.ConnectorRequest[] Asks(TeamsHost host) =>
        host.Connector.Of("send").Where(send => send.Card?.ToJsonString().Contains(CardVerbs.SubmitRetrospective, StringComparison.Ordinal) == true).ToArray();

    private static async Task<JsonNode> AnswerAsync(TeamsHost host, (string Id, string Name) from, string answer, string comment)
    {
        var data = new JsonObject
        {
            [CardDataKeys.ConflictId] = "R-1",
            [CardInputIds.Retro.Answer] = answer,
            [CardInputIds.Retro.Comment] = comment,
        };
        var response = await host.Client.SendAsync(host.Client.CardAction(from, "retro-card", CardVerbs.SubmitRetrospective, data, inChannel: false));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }
}
