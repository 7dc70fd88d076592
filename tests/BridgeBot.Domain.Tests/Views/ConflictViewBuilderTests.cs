using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Views;

public class ConflictViewBuilderTests
{
    private static readonly WorkspaceSettings WithApprover = new(Carol, 1);

    [Fact]
    public void View_BeforeBothReasonings_HidesOneManagersReasoningFromTheOther()
    {
        var conflict = Accept(Opened().SubmitReasoning(Ana, ManagerRole.Product, Reasoning(), Now));

        var forAna = ConflictViewBuilder.For(conflict, Ana, WithApprover, Today);
        var forBen = ConflictViewBuilder.For(conflict, Ben, WithApprover, Today);
        var forDev = ConflictViewBuilder.For(conflict, Dev, WithApprover, Today);

        Assert.Equal(ReasoningVisibility.Visible, forAna.Product.Visibility);
        Assert.NotNull(forAna.Product.Reasoning);
        Assert.Equal(ReasoningVisibility.Hidden, forBen.Product.Visibility);
        Assert.Null(forBen.Product.Reasoning);
        Assert.Null(forDev.Product.Reasoning);
        Assert.Equal(ReasoningVisibility.Missing, forAna.Project.Visibility);
    }

    [Fact]
    public void View_AfterBothReasonings_ShowsBothToEveryone()
    {
        var forDev = ConflictViewBuilder.For(ReadyToDecide(), Dev, WithApprover, Today);

        Assert.Equal(ReasoningVisibility.Visible, forDev.Product.Visibility);
        Assert.Equal(ReasoningVisibility.Visible, forDev.Project.Visibility);
    }

    [Fact]
    public void View_WhileAwaitingReasoning_OffersEachManagerTheirOwnForm()
    {
        var forAna = ConflictViewBuilder.For(Opened(), Ana, WithApprover, Today);
        var forDev = ConflictViewBuilder.For(Opened(), Dev, WithApprover, Today);

        Assert.True(forAna.Can(ConflictActions.SubmitReasoning));
        Assert.Equal(ManagerRole.Product, forAna.ReasoningRole);
        Assert.False(forAna.Can(ConflictActions.Propose));
        Assert.Equal(ConflictActions.Withdraw, forDev.Actions);
        Assert.Equal(2, forAna.WaitingOn.Count);
        Assert.Equal(23, forAna.DaysToDeadline);
    }

    [Fact]
    public void View_OfProposal_OffersApproveAndRejectOnlyToTheOtherManager()
    {
        var conflict = Proposed();

        var forAna = ConflictViewBuilder.For(conflict, Ana, WithApprover, Today);
        var forBen = ConflictViewBuilder.For(conflict, Ben, WithApprover, Today);
        var forCarol = ConflictViewBuilder.For(conflict, Carol, WithApprover, Today);

        Assert.False(forAna.Can(ConflictActions.Approve));
        Assert.False(forAna.Can(ConflictActions.Reject));
        Assert.True(forAna.Can(ConflictActions.Propose));
        Assert.True(forBen.Can(ConflictActions.Approve | ConflictActions.Reject | ConflictActions.Escalate));
        Assert.Equal(Ben, forBen.ProposalWaitsFor);
        Assert.Equal(ConflictActions.None, forCarol.Actions);
        Assert.Equal(ViewerRoles.EscalationApprover, forCarol.ViewerRoles);
        Assert.Contains("waits for Ben", forCarol.StatusLine);
    }

    [Fact]
    public void View_WithoutApprover_DoesNotOfferEscalation()
    {
        Assert.False(ConflictViewBuilder.For(Proposed(), Ben, WorkspaceSettings.Default, Today).Can(ConflictActions.Escalate));
    }

    [Fact]
    public void View_OfEscalatedConflict_OffersApproverTheDecision()
    {
        var escalated = Accept(Proposed().Escalate(Ben, Carol, "stuck", Now));

        var view = ConflictViewBuilder.For(escalated, Carol, WithApprover, Today);

        Assert.True(view.Can(ConflictActions.DecideAsApprover));
        Assert.Contains(view.WaitingOn, p => p.Who == Carol && p.What == PendingKind.Decision);
    }

    [Fact]
    public void View_AfterSupersedingDecision_ShowsWhatChanged()
    {
        var reopened = Accept(Decided().Reopen(Ben, null, "Vendor slipped", Now));
        var decided = Accept(Accept(reopened.Propose(Ben, Cut("SSO"), "Hold the new date, drop SSO", Now)).Approve(Ana, null, null, Now));

        var view = ConflictViewBuilder.For(decided, Dev, WithApprover, Today);

        Assert.Equal(2, view.Decision!.Number);
        Assert.Equal(1, view.PreviousDecision!.Number);
        Assert.Contains(view.Changes, c => c is { What: "Option", Before: "Move the date", After: "Hold the date, cut scope" });
        Assert.Contains(view.Changes, c => c is { What: "Scope left out", Before: "nothing", After: "SSO" });
        Assert.DoesNotContain(view.Changes, c => c.What == "Release date");
        Assert.Empty(view.WaitingOn);
    }

    [Fact]
    public void View_WhileReopened_KeepsTheDecisionInForce()
    {
        var view = ConflictViewBuilder.For(Accept(Decided().Reopen(Ben, null, "Vendor slipped", Now)), Ana, WithApprover, Today);

        Assert.Equal(1, view.Decision!.Number);
        Assert.True(view.Can(ConflictActions.Propose | ConflictActions.SubmitReasoning));
        Assert.Contains("stays in force", view.StatusLine);
    }

    [Fact]
    public void ForChannel_WhileAwaitingReasoning_HidesReasoningButOffersWhatTheInvolvedMayDo()
    {
        var blind = Accept(Opened().SubmitReasoning(Ana, ManagerRole.Product, Reasoning(), Now));

        var view = ConflictViewBuilder.ForChannel(blind, WithApprover, Today);

        Assert.Equal(ReasoningVisibility.Hidden, view.Product.Visibility);
        Assert.Null(view.Product.Reasoning);
        Assert.Equal(ConflictActions.SubmitReasoning | ConflictActions.Escalate | ConflictActions.Withdraw, view.Actions);
        Assert.Equal(ViewerRoles.Observer, view.ViewerRoles);
        Assert.Null(view.ReasoningRole);
    }

    [Fact]
    public void ForChannel_OfProposal_OffersTheUnionOfBothManagersActions()
    {
        var view = ConflictViewBuilder.ForChannel(Proposed(), WithApprover, Today);

        Assert.True(view.Can(ConflictActions.Approve | ConflictActions.Reject | ConflictActions.Propose | ConflictActions.Escalate));
        Assert.False(view.Can(ConflictActions.DecideAsApprover));
    }

    [Fact]
    public void ForChannel_OfEscalation_OffersTheApproversDecision()
    {
        var escalated = Accept(Proposed().Escalate(Ben, Carol, "stuck", Now));

        Assert.True(ConflictViewBuilder.ForChannel(escalated, WithApprover, Today).Can(ConflictActions.DecideAsApprover));
    }

    [Fact]
    public void Check_ByBystander_SaysWhoMayAct()
    {
        var refusal = ConflictViewBuilder.Check(Opened(), Carol, Carol, ConflictActions.SubmitReasoning);

        Assert.Equal(RefusalCode.NotAllowed, refusal!.Code);
        Assert.Contains("Ana and Ben, the managers of R-42", refusal.Message);
        Assert.Null(ConflictViewBuilder.Check(Opened(), Ana, Carol, ConflictActions.SubmitReasoning));
        Assert.NotNull(ConflictViewBuilder.Check(Proposed(), Carol, Carol, ConflictActions.Approve));
    }

    [Fact]
    public void Check_OfCombinedActions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConflictViewBuilder.Check(Opened(), Ana, null, ConflictActions.Approve | ConflictActions.Reject));
}
