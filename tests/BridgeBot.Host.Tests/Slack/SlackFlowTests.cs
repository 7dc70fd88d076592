using System.Net;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Slack.Interactions;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Fakes;
using static BridgeBot.Host.Tests.Slack.SlackClient;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>Slack-shaped requests through the real pipeline: signed endpoints, the backlog, the router, storage and the (fake) Web API.</summary>
[Collection(AzuriteCollection.Name)]
public class SlackFlowTests(AzuriteFixture azurite)
{
    public const string Deadline = "2099-12-15";
    public const string OpenText = "open \"Checkout 2.4\" due " + Deadline + " scope \"SSO, audit export\" product <@U0ANA|ana> project <@U0BEN>";

    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack(Team);

    [Fact]
    public async Task Help_IsAnsweredInTheAcknowledgementWithoutCallingSlack()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var response = await host.Client.CommandAsync(Dev, "help");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("/bridge propose R-42 move-date 2027-01-10", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(host.Api.Calls);

        // Written straight to the response: exactly the message's own fields and the response type.
        var expected = BridgeBot.Slack.Rendering.ReplyMessages.Render(
            BridgeBot.Domain.Application.CommandRouter.Help(new BridgeBot.Domain.Commands.HelpCommand(null)), new UserRef(Dev.Id, Dev.Name)).ToJson();
        expected["response_type"] = "ephemeral";
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Command_WithAMistake_IsAnsweredWithWhatWasWrongAndAnExample()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var response = await host.Client.CommandAsync(Dev, "approve banana");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("not a conflict id", text, StringComparison.Ordinal);
        Assert.Contains("/bridge approve R-42", text, StringComparison.Ordinal);
        Assert.Empty(host.Api.Calls);
    }

    [Fact]
    public async Task Open_PostsTheMessageInTheChannelAndAsksBothManagersByDirectMessage()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        host.Api.Names["U0ANA"] = "Ana Product";

        var response = await host.Client.CommandAsync(Dev, OpenText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("On it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var posts = await host.Api.WaitForAsync("chat.postMessage", 3);
        var channelCopy = Assert.Single(posts, post => post.Channel == Channel);
        Assert.Contains("Checkout 2.4", channelCopy.AllText, StringComparison.Ordinal);
        Assert.Equal("Bearer " + SlackHost.BotToken, channelCopy.Authorization);
        Assert.Equal(["DU0ANA", "DU0BEN"], posts.Where(post => post != channelCopy).Select(post => post.Channel).Order());
        Assert.All(posts.Where(post => post != channelCopy), dm => Assert.Contains("Write your reasoning", dm.AllText, StringComparison.Ordinal));
        Assert.Equal(["U0ANA", "U0BEN"], host.Api.Of("conversations.open").Select(call => call.Text("users")).Order());
        var stored = await host.Service<IConflictStore>().GetAsync(Workspace, new ConflictId(1));
        Assert.Equal("Ana Product", stored!.Conflict.ProductManager.DisplayName);
        // The last card row is saved after its post, which the test may see first.
        var cards = await Eventually.ReadAsync(() => host.Service<IConversationStore>().ListCardsAsync(Workspace, new ConflictId(1)), cards => cards.Count == 3);
        Assert.Equal(3, cards.Count);
    }

    [Fact]
    public async Task FullFlow_ThroughButtonsAndModals_DecidesUpdatesEveryCopyAndLogsEveryStep()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        var afterReasoning = await ReadyToDecideAsync(host);
        var channelTs = afterReasoning.Ts;
        Assert.Contains("Enterprise trials stall without SSO", afterReasoning.AllText, StringComparison.Ordinal);

        var proposeModal = await OpenModalAsync(host, Ana, afterReasoning, SlackActionIds.Propose, 3);
        var proposed = await host.Client.SubmitAsync(Ana, proposeModal, new Dictionary<string, JsonObject>
        {
            ["option"] = Option("move-date"),
            ["newDate"] = Date("2100-01-10"),
            ["rationale"] = Text("Enterprise customers need SSO on day one"),
        });
        Assert.Equal(string.Empty, await proposed.Content.ReadAsStringAsync());
        var afterProposal = await WaitForUpdatesAsync(host, channelTs, 3);
        Assert.Contains("Approve #1", afterProposal.AllText, StringComparison.Ordinal);

        await host.Client.ClickAsync(Ben, afterProposal, SlackActionIds.Approve);
        var decided = await WaitForUpdatesAsync(host, channelTs, 4);

        Assert.Contains("Decision 1", decided.AllText, StringComparison.Ordinal);
        Assert.Contains("Move the date to 2100-01-10", decided.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Approve #1", decided.AllText, StringComparison.Ordinal);
        Assert.Contains("Reopen", decided.AllText, StringComparison.Ordinal);
        var log = await host.Service<IConflictStore>().ReadLogAsync(Workspace, new ConflictId(1));
        Assert.Equal(
            [typeof(ConflictOpened), typeof(ReasoningSubmitted), typeof(ReasoningSubmitted), typeof(ProposalMade), typeof(ProposalApproved), typeof(ConflictDecided)],
            log.Select(entry => entry.GetType()));
        // Copies are updated one after another, in no order a test should rely on.
        static bool DecidedInBensDm(SlackApiCall update) => update.Channel == "DU0BEN" && update.AllText.Contains("Decision 1", StringComparison.Ordinal);
        var updates = await Eventually.ReadAsync(() => host.Api.Of("chat.update"), updates => updates.Any(DecidedInBensDm));
        Assert.Contains(updates, DecidedInBensDm);
    }

    [Fact]
    public async Task Submission_RefusedByTheDomain_ComesBackAsAFieldErrorAndChangesNothing()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        var afterReasoning = await ReadyToDecideAsync(host);
        var proposeModal = await OpenModalAsync(host, Ana, afterReasoning, SlackActionIds.Propose, 3);

        var response = await host.Client.SubmitAsync(Ana, proposeModal, new Dictionary<string, JsonObject>
        {
            ["option"] = Option("move-date"),
            ["newDate"] = Date("2099-12-01"),
            ["rationale"] = Text("Earlier is better"),
        });

        var (field, problem) = await RefusalAsync(host, response, Ana.Id);
        Assert.True(field is null or "newDate", field);
        Assert.Contains("must be after the current deadline", problem, StringComparison.Ordinal);
        Assert.Equal(3, (await host.Service<IConflictStore>().ReadLogAsync(Workspace, new ConflictId(1))).Count);
    }

    [Fact]
    public async Task Click_ByBystander_IsRefusedEphemerallyAndChangesNothing()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        await host.Client.CommandAsync(Dev, OpenText);
        var channelCopy = (await host.Api.WaitForAsync("chat.postMessage", 3)).Single(post => post.Channel == Channel);

        var response = await host.Client.ClickAsync(Carol, channelCopy, SlackActionIds.Reason);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = Assert.Single(await host.Api.WaitForAsync("chat.postEphemeral", 1));
        Assert.Equal(("C0RELEASES", "U0CAROL"), (refusal.Channel, refusal.Text("user")));
        Assert.Contains("the managers of R-1", refusal.AllText, StringComparison.Ordinal);
        Assert.Empty(host.Api.Of("views.open"));
        Assert.Empty(host.Api.Of("chat.update"));
        Assert.Single(await host.Service<IConflictStore>().ReadLogAsync(Workspace, new ConflictId(1)));
    }

    [Fact]
    public async Task Prompt_ByTheOtherManager_OpensTheReasonModalAndRejects()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        var afterReasoning = await ReadyToDecideAsync(host);
        var proposeModal = await OpenModalAsync(host, Ana, afterReasoning, SlackActionIds.Propose, 3);
        await host.Client.SubmitAsync(Ana, proposeModal, new Dictionary<string, JsonObject>
        {
            ["option"] = Option("hold-date"),
            ["cut"] = Text("audit export"),
            ["rationale"] = Text("Trials need SSO; nobody waits for audit export"),
        });
        var channelTs = afterReasoning.Ts;
        var proposed = await WaitForUpdatesAsync(host, channelTs, 3);

        var rejectModal = await OpenModalAsync(host, Ben, proposed, SlackActionIds.Reject, 4);
        await host.Client.SubmitAsync(Ben, rejectModal, new Dictionary<string, JsonObject> { ["reason"] = Text("Audit export is in the contract of two customers") });

        var rejected = await WaitForUpdatesAsync(host, channelTs, 4);
        Assert.Contains("was rejected", rejected.AllText, StringComparison.Ordinal);
        Assert.Contains("Audit export is in the contract", rejected.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_InAChannelWithoutTheBot_TellsThePersonToInviteIt()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        host.Api.ChannelsWithoutBot[Channel] = true;

        await host.Client.CommandAsync(Dev, OpenText);

        var told = await host.Api.WaitForAsync("response_url", 1);
        Assert.Contains(told, call => call.AllText.Contains("invite @BridgeBot", StringComparison.Ordinal) && call.AllText.Contains("/bridge show R-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenWithoutArguments_OpensTheModalAndItsSubmissionOpensTheConflict()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var ack = await host.Client.CommandAsync(Dev, "open");

        Assert.Equal(string.Empty, await ack.Content.ReadAsStringAsync());
        var modal = Assert.Single(await host.Api.WaitForAsync("views.open", 1));
        Assert.Equal(SlackCallbackIds.Open, modal.Body["view"]!["callback_id"]!.GetValue<string>());
        var response = await host.Client.SubmitAsync(Dev, modal, new Dictionary<string, JsonObject>
        {
            ["release"] = Text("Billing 1.2"),
            ["deadline"] = Date(Deadline),
            ["scope"] = Text("Invoices, refunds"),
            ["productManager"] = User("U0ANA"),
            ["projectManager"] = User("U0BEN"),
        });

        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var posts = await host.Api.WaitForAsync("chat.postMessage", 3);
        Assert.Contains(posts, post => post.Channel == Channel && post.AllText.Contains("Billing 1.2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenModal_WithTheSameManagerTwice_ShowsTheErrorUnderTheProjectManager()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        await host.Client.CommandAsync(Dev, "open");
        var modal = Assert.Single(await host.Api.WaitForAsync("views.open", 1));

        var response = await host.Client.SubmitAsync(Dev, modal, AnaAsBothManagers);

        var (field, problem) = await RefusalAsync(host, response, Dev.Id);
        Assert.True(field is null or "projectManager", field);
        Assert.Contains("two different people", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_RefusedByTheDomainTooLateForTheModal_ClosesItAndTellsThePersonByDm()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, SlowSubmissions);
        await host.Client.CommandAsync(Dev, "open");
        var modal = Assert.Single(await host.Api.WaitForAsync("views.open", 1));
        await OccupyTheWorkerAsync(host);

        var response = await host.Client.SubmitAsync(Dev, modal, AnaAsBothManagers);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        host.Api.Release();

        var (field, problem) = await RefusalAsync(host, response, Dev.Id);
        Assert.Null(field);
        Assert.StartsWith("What you submitted was not saved: ", problem, StringComparison.Ordinal);
        Assert.Contains("two different people", problem, StringComparison.Ordinal);
        Assert.Empty(await host.Service<IConflictStore>().ListOpenAsync(Workspace));
    }

    [Fact]
    public async Task Submission_UnreadableTooLateForTheModal_ClosesItAndTellsThePersonByDm()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, SlowSubmissions);
        var afterReasoning = await ReadyToDecideAsync(host);
        var proposeModal = await OpenModalAsync(host, Ana, afterReasoning, SlackActionIds.Propose, 3);
        await OccupyTheWorkerAsync(host);

        var response = await host.Client.SubmitAsync(Ana, proposeModal, new Dictionary<string, JsonObject>
        {
            ["rationale"] = Text("No option chosen"),
        });
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        host.Api.Release();

        var (field, problem) = await RefusalAsync(host, response, Ana.Id);
        Assert.Null(field);
        Assert.StartsWith("What you submitted was not saved: Choose an option: hold the date, move the date", problem, StringComparison.Ordinal);
        Assert.Equal(3, (await host.Service<IConflictStore>().ReadLogAsync(Workspace, new ConflictId(1))).Count);
    }

    /// <summary>The open modal's inputs with Ana as product and project manager, which the domain refuses.</summary>
    private static Dictionary<string, JsonObject> AnaAsBothManagers => new()
    {
        ["release"] = Text("Billing 1.2"),
        ["deadline"] = Date(Deadline),
        ["scope"] = Text("Invoices"),
        ["productManager"] = User("U0ANA"),
        ["projectManager"] = User("U0ANA"),
    };

    /// <summary>One worker, and a modal that waits for its answer as briefly as allowed: a submission behind other work is too late.</summary>
    private static readonly Dictionary<string, string?> SlowSubmissions = new()
    {
        ["Slack:Workers"] = "1",
        ["Slack:SubmissionBudget"] = "00:00:00.100",
    };

    /// <summary>Holds the Slack API and keeps the one worker waiting on it: Carol's <c>open</c> waits for its first Slack call.</summary>
    private static async Task OccupyTheWorkerAsync(SlackHost host)
    {
        host.Api.Hold();
        var before = host.Api.Calls.Count;
        await host.Client.CommandAsync(Carol, "open");
        Assert.True(await Eventually.ReadAsync(() => host.Api.Calls.Count, count => count > before) > before, "Carol's open made no Slack call.");
    }

    /// <summary>
    /// What a refused submission told the person, and under which field of the modal. The bot answers in the modal when its
    /// work finishes within <c>Slack:SubmissionBudget</c> (under Slack's 3 seconds, so it cannot be raised for a test);
    /// on a machine loaded enough to miss that, the modal closes and the refusal comes in the person's DM (field null).
    /// </summary>
    private static async Task<(string? Field, string Problem)> RefusalAsync(SlackHost host, HttpResponseMessage response, string userId)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0)
        {
            var answer = JsonNode.Parse(body)!;
            Assert.Equal("errors", answer["response_action"]!.GetValue<string>());
            var error = Assert.Single(answer["errors"]!.AsObject());
            return (error.Key, error.Value!.GetValue<string>());
        }

        var told = await Eventually.ReadAsync(
            () => host.Api.Of("chat.postMessage").FirstOrDefault(post => post.Channel == "D" + userId && post.AllText.Contains("was not saved", StringComparison.Ordinal)),
            post => post is not null);
        Assert.True(told is not null, "The modal closed without an error, and no refusal came by DM.");
        return (null, told.AllText);
    }

    public static async Task<SlackApiCall> ReadyToDecideAsync(SlackHost host)
    {
        await host.Client.CommandAsync(Dev, OpenText);
        var posts = await host.Api.WaitForAsync("chat.postMessage", 3);
        var channelTs = posts.Single(post => post.Channel == Channel).Ts;
        await WriteReasoningAsync(host, Ana, posts.Single(post => post.Channel == "DU0ANA"), "Enterprise trials stall without SSO", "move-date");
        await WaitForUpdatesAsync(host, channelTs, 1);
        await WriteReasoningAsync(host, Ben, posts.Single(post => post.Channel == "DU0BEN"), "Nobody misses audit export for a month", "hold-date");
        return await WaitForUpdatesAsync(host, channelTs, 2);
    }

    private static async Task WriteReasoningAsync(SlackHost host, (string Id, string Name) manager, SlackApiCall request, string holds, string prefer)
    {
        var modal = await OpenModalAsync(host, manager, request, SlackActionIds.Reason, host.Api.Of("views.open").Count + 1);
        Assert.Equal(SlackCallbackIds.Reason, modal.Body["view"]!["callback_id"]!.GetValue<string>());
        var response = await host.Client.SubmitAsync(manager, modal, new Dictionary<string, JsonObject>
        {
            [ReasoningInput.Fields.ImpactIfDateHolds] = Text(holds),
            [ReasoningInput.Fields.ImpactIfDateMoves] = Text("Shoppers wait longer for the faster checkout"),
            [ReasoningInput.Fields.AffectedCustomers] = Text("12 enterprise trials"),
            [ReasoningInput.Fields.Severity] = Option("high"),
            [ReasoningInput.Fields.PreferredOption] = Option(prefer),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Clicks and returns the modal the click opened (the <paramref name="nth"/> <c>views.open</c>).</summary>
    private static async Task<SlackApiCall> OpenModalAsync(SlackHost host, (string Id, string Name) who, SlackApiCall message, string actionId, int nth)
    {
        var response = await host.Client.ClickAsync(who, message, actionId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var opened = await host.Api.WaitForAsync("views.open", nth);
        Assert.True(opened.Count >= nth, $"No modal opened for {actionId}; ephemerals: {string.Join(" | ", host.Api.Of("chat.postEphemeral").Select(e => e.AllText))}");
        return opened[nth - 1];
    }

    /// <summary>Waits for the <paramref name="count"/>th update of the channel copy and returns it.</summary>
    public static async Task<SlackApiCall> WaitForUpdatesAsync(SlackHost host, string? channelTs, int count)
    {
        var updates = await Eventually.ReadAsync(() => Updates(host, channelTs), updates => updates.Count >= count, TimeSpan.FromSeconds(10));
        Assert.True(updates.Count >= count, $"Expected {count} updates of the channel copy, saw {updates.Count}.");
        return updates[count - 1];
    }

    private static List<SlackApiCall> Updates(SlackHost host, string? channelTs) =>
        [.. host.Api.Of("chat.update").Where(update => update.Channel == Channel && update.Ts == channelTs)];
}
