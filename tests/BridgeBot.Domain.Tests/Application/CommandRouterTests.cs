using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Tests.Support;
using BridgeBot.Domain.Workspaces;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Application;

public class CommandRouterTests
{
    private readonly InMemoryConflictStore store = new();
    private readonly InMemoryDigestSubscriptions digests = new();
    private readonly CommandRouter router;

    public CommandRouterTests()
    {
        router = CommandRouter.Create(new ConflictService(store, store, new FixedTime(Now)), new DigestService(digests, store, new FixedTime(Now)), new LinksByWorkspace());
    }

    private static RequestContext As(UserRef actor) => new(Workspace, "C0CHANNEL", actor, null);

    [Fact]
    public void Router_HasAHandlerForEveryDocumentedCommand()
    {
        Assert.Equal(CommandHelp.All.Select(spec => spec.Name).Order(), router.RegisteredCommands.Order());
    }

    [Fact]
    public async Task Text_WithMistake_AnswersErrorWithExample()
    {
        var reply = Assert.IsType<ErrorReply>(await router.HandleTextAsync(As(Dev), "approve"));

        Assert.Equal("approve R-42", reply.Error.Example);
    }

    [Fact]
    public async Task Help_GivesOneReplyPerTopic_SoEdgesCanDrawEachOnce()
    {
        var all = CommandRouter.Help(new HelpCommand(null));
        var propose = CommandRouter.Help(new HelpCommand("propose"));

        Assert.Same(all, CommandRouter.Help(new HelpCommand("no-such-command")));
        Assert.Same(all, Assert.IsType<HelpReply>(await router.HandleTextAsync(As(Dev), "help")));
        Assert.Same(propose, CommandRouter.Help(new HelpCommand(" PROPOSE ")));
        Assert.Same(propose, Assert.IsType<HelpReply>(await router.HandleTextAsync(As(Dev), "help propose")));
        Assert.Equal(CommandNames.Propose, Assert.Single(propose.Commands).Name);
        Assert.NotSame(propose, CommandRouter.Help(new HelpCommand("approve")));
    }

    [Fact]
    public async Task Help_ForOneCommand_ShowsOnlyIt()
    {
        Assert.Single(Assert.IsType<HelpReply>(await router.HandleTextAsync(As(Dev), "help propose")).Commands);
        Assert.Equal(CommandHelp.All.Count, Assert.IsType<HelpReply>(await router.HandleTextAsync(As(Dev), "help")).Commands.Count);
    }

    [Fact]
    public async Task Open_Incomplete_AsksForTheFormWithWhatWasGiven()
    {
        var reply = Assert.IsType<OpenFormReply>(await router.HandleTextAsync(As(Dev), "open \"Checkout 2.4\" due 2026-12-15"));

        Assert.Equal("Checkout 2.4", reply.Draft.Release);
    }

    [Fact]
    public async Task FullFlow_ByText_DecidesAndExports()
    {
        await Say(Dev, "open \"Checkout 2.4\" due 2026-12-15 scope \"SSO, audit export\" product <@U0ANA|Ana> project <@U0BEN|Ben>");
        await Say(Ana, "reason R-1 hold \"Trials stall\" move \"Shoppers wait\" affected \"12 trials\" severity high prefer move-date");
        await Say(Ben, "reason R-1 hold \"Nobody misses audit\" move \"Campaign lost\" affected \"all shoppers\" severity medium prefer hold-date");
        await Say(Ana, "propose R-1 move-date 2027-01-10 because \"SSO first\"");
        var decided = Assert.IsType<ConflictReply>(await Say(Ben, "approve R-1 #1"));

        Assert.Equal(ConflictState.Decided, decided.Outcome.Conflict!.State);
        var export = Assert.IsType<ExportReply>(await Say(Dev, "export"));
        Assert.Equal(1, export.Rows);
        Assert.Contains("R-1,Checkout 2.4,1,,move-date", export.Csv);
        var log = Assert.IsType<DecisionLogReply>(await Say(Dev, "log"));
        Assert.Single(log.Decisions);
        Assert.Equal("https://bridgebot.example/log?w=" + Uri.EscapeDataString(Workspace.Value), log.Link.Url.AbsoluteUri);
        Assert.Equal(6, Assert.IsType<ConflictLogReply>(await Say(Dev, "log R-1")).Entries.Count);
        Assert.Empty(Assert.IsType<ConflictListReply>(await Say(Dev, "list")).Conflicts);
    }

    [Fact]
    public async Task ReasonForm_ForBystander_IsRefused()
    {
        await Say(Dev, "open \"Checkout 2.4\" due 2026-12-15 scope \"SSO\" product <@U0ANA|Ana> project <@U0BEN|Ben>");

        var forCarol = Assert.IsType<ReasoningFormReply>(await Say(Carol, "reason R-1"));
        var forAna = Assert.IsType<ReasoningFormReply>(await Say(Ana, "reason R-1"));

        Assert.Equal(OutcomeKind.Refused, forCarol.Outcome.Kind);
        Assert.Equal(OutcomeKind.Unchanged, forAna.Outcome.Kind);
        Assert.Equal(ManagerRole.Product, forAna.Outcome.ViewFor(Ana)!.ReasoningRole);
    }

    [Fact]
    public async Task ProposalForm_BeforeReasoning_IsRefused()
    {
        await Say(Dev, "open \"Checkout 2.4\" due 2026-12-15 scope \"SSO\" product <@U0ANA|Ana> project <@U0BEN|Ben>");

        var reply = Assert.IsType<ProposalFormReply>(await Say(Ana, "propose R-1"));

        Assert.Equal(RefusalCode.WrongState, reply.Outcome.Refusal!.Code);
    }

    [Fact]
    public async Task EscalateTo_ShowsThenSets()
    {
        Assert.Null(Assert.IsType<ApproverReply>(await Say(Dev, "escalate-to")).Settings.EscalationApprover);

        var set = Assert.IsType<ApproverReply>(await Say(Dev, "escalate-to <@U0CAROL|Carol>"));

        Assert.True(set.Changed);
        Assert.Equal(Carol, set.Settings.EscalationApprover);
    }

    [Fact]
    public async Task EscalateTo_WithDays_SetsTheThresholdAndOnlyTheApproverChangesIt()
    {
        var set = Assert.IsType<ApproverReply>(await Say(Dev, "escalate-to <@U0CAROL|Carol> 2"));
        var hijack = Assert.IsType<ApproverReply>(await Say(Dev, "escalate-to 5"));
        var byCarol = Assert.IsType<ApproverReply>(await Say(Carol, "escalate-to 4 days"));

        Assert.Equal((Carol, 2), (set.Settings.EscalationApprover, set.Settings.EscalationThresholdDays));
        Assert.NotNull(hijack.Refusal);
        Assert.Equal((Carol, 4), (byCarol.Settings.EscalationApprover, byCarol.Settings.EscalationThresholdDays));
    }

    [Fact]
    public async Task Digest_ShowSetShowOff()
    {
        var none = Assert.IsType<DigestSubscriptionReply>(await Say(Dev, "digest"));
        var set = Assert.IsType<DigestSubscriptionReply>(await Say(Dev, "digest at 09:30 Europe/Berlin mon,wed,fri quiet"));
        var shown = Assert.IsType<DigestSubscriptionReply>(await Say(Ana, "digest"));
        var off = Assert.IsType<DigestSubscriptionReply>(await Say(Ana, "digest off"));
        var again = Assert.IsType<DigestSubscriptionReply>(await Say(Ana, "digest off"));

        Assert.Null(none.Status);
        Assert.Contains("no digest", none.Text);

        // Now is Sunday 2026-11-22 09:30 UTC; the next Monday 09:30 in Berlin is 08:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero), set.Status!.NextDue);
        Assert.Equal("09:30 Europe/Berlin, mon,wed,fri, quiet", shown.Status!.Subscription.Schedule.Describe());
        Assert.Contains("Mon 2026-11-23 09:30 Europe/Berlin", shown.Text);
        Assert.True(off.Removed);
        Assert.False(again.Removed);
        Assert.Null(await digests.FindAsync(Workspace, "C0CHANNEL"));
    }

    [Fact]
    public async Task Digest_Now_BuildsTheWorkspaceDigestWithoutMovingTheSchedule()
    {
        await Say(Dev, "open \"Checkout 2.4\" due 2026-11-27 scope \"SSO\" product <@U0ANA|Ana> project <@U0BEN|Ben>");
        await Say(Dev, "digest at 09:30 Europe/Berlin weekdays");

        var reply = Assert.IsType<DigestReply>(await Say(Dev, "digest now"));

        Assert.Equal(2, reply.Digest.NeedsAttention.Count);
        Assert.Equal(5, Assert.Single(reply.Digest.DeadlinesComing).DaysLeft);
        Assert.Null((await digests.FindAsync(Workspace, "C0CHANNEL"))!.LastDigestAt);
    }

    [Fact]
    public async Task Digest_WithWrongZone_AnswersWithAnExample()
    {
        var reply = Assert.IsType<ErrorReply>(await Say(Dev, "digest at 09:30 Europe/Berln"));

        Assert.Contains("Europe/Berlin", reply.Error.Message);
        Assert.Equal("digest at 09:30 Europe/Berlin weekdays", reply.Error.Example);
    }

    private Task<CommandReply> Say(UserRef who, string text) => router.HandleTextAsync(As(who), text);
}
