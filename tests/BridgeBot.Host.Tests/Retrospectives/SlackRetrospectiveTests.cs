using System.Net;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Slack;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Slack.Interactions;
using BridgeBot.Testing.Azurite;
using static BridgeBot.Host.Tests.Slack.SlackClient;

namespace BridgeBot.Host.Tests.Retrospectives;

[Collection(AzuriteCollection.Name)]
public class SlackRetrospectiveTests(AzuriteFixture azurite)
{
    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack(Team);

    [Fact]
    public async Task DueRetrospective_IsAskedByDirectMessage_AndTheModalAnswerIsLogged()
    {
        // The host runs on the real clock: a decision that holds today's date, with no delay, is due at once.
        await using var host = await SlackHost.StartAsync(azurite.Server, new Dictionary<string, string?>
        {
            ["Digests:Enabled"] = "false",
            ["Retrospectives:DelayDays"] = "0",
            ["Retrospectives:TickInterval"] = "00:00:00.050",
        });
        var id = await DecideTodayAsync(host.Service<ConflictService>());

        var asks = await host.Api.WaitForAsync("chat.postMessage", 2);
        Assert.Equal(["DU0ANA", "DU0BEN"], asks.Select(ask => ask.Channel).Order());
        var benAsk = asks.Single(ask => ask.Channel == "DU0BEN");
        Assert.Contains("Nobody misses audit export", benAsk.AllText, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await host.Client.ClickAsync(Ben, benAsk, SlackActionIds.RetroPartly)).StatusCode);
        var modal = Assert.Single(await host.Api.WaitForAsync("views.open", 1));
        Assert.Equal("partly", modal.Body["view"]!["blocks"]![1]!["element"]!["initial_option"]!["value"]!.GetValue<string>());
        var submitted = await host.Client.SubmitAsync(Ben, modal, new Dictionary<string, JsonObject>
        {
            ["answer"] = Option("partly"),
            ["comment"] = Text("Two audits slipped a week"),
        });

        Assert.Equal(string.Empty, await submitted.Content.ReadAsStringAsync());
        var thanks = Assert.Single(await host.Api.WaitForAsync("chat.postEphemeral", 1)); // sent once the answer is saved
        var log = await host.Service<IConflictStore>().ReadLogAsync(Workspace, id);
        Assert.Single(log.OfType<RetrospectiveRequested>());
        var answer = Assert.Single(log.OfType<RetrospectiveAnswered>()).Answer;
        Assert.Equal((ManagerRole.Project, ImpactHappened.Partly, "Two audits slipped a week"), (answer.Role, answer.Answer, answer.Comment));
        Assert.Equal("DU0BEN", thanks.Channel);
        Assert.Contains("project prediction partly held — Two audits slipped a week", thanks.AllText, StringComparison.Ordinal);
        Assert.Equal(2, host.Api.Of("chat.postMessage").Count(post => post.AllText.Contains("Did the customer impact you predicted happen?", StringComparison.Ordinal)));
    }

    private static async Task<ConflictId> DecideTodayAsync(ConflictService service)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        RequestContext As((string Id, string Name) who) => new(Workspace, Channel, new UserRef(who.Id, who.Name), null);
        var id = (await service.OpenAsync(As(Dev), new OpenDraft("Checkout 2.4", today, ["SSO", "audit export"], new UserRef(Ana.Id), new UserRef(Ben.Id)))).Conflict!.Id;
        ConflictOutcome[] steps =
        [
            await service.SubmitReasoningAsync(As(Ana), id, new ReasoningInput("Trials stall without SSO", "Shoppers wait", "12 trials", Severity.High, OptionKind.MoveDate, null)),
            await service.SubmitReasoningAsync(As(Ben), id, new ReasoningInput("Nobody misses audit export", "Shoppers wait", "12 trials", Severity.Low, OptionKind.HoldDateCutScope, null)),
            await service.ProposeAsync(As(Ben), id, new OptionInput(OptionKind.HoldDateCutScope, CutItems: ["audit export"]), "Ship checkout on time"),
            await service.ApproveAsync(As(Ana), id, null, null),
        ];
        Assert.All(steps, step => Assert.Equal(OutcomeKind.Changed, step.Kind));
        return id;
    }
}
