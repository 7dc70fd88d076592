using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Conflicts;

public class ReleaseConflictProposalTests
{
    private static readonly DateOnly NewDate = new(2027, 1, 10);

    [Fact]
    public void Propose_BeforeBothReasonings_IsRefusedNamingWhoIsMissing()
    {
        var oneIn = Accept(Opened().SubmitReasoning(Ana, ManagerRole.Product, Reasoning(), Now));

        var refusal = Refuse(oneIn.Propose(Ana, MoveTo(NewDate), "why", Now));

        Assert.Equal(RefusalCode.WrongState, refusal.Code);
        Assert.Contains("Ben", refusal.Message);
    }

    [Fact]
    public void Propose_ByBystander_IsRefused()
    {
        Assert.Equal(RefusalCode.NotAllowed, Refuse(ReadyToDecide().Propose(Carol, MoveTo(NewDate), "why", Now)).Code);
    }

    [Fact]
    public void Propose_ByManager_CountsTheProposersApproval()
    {
        var conflict = Proposed();

        Assert.Equal(ConflictState.Proposed, conflict.State);
        Assert.Equal(1, conflict.CurrentProposal!.Number);
        Assert.True(conflict.CurrentProposal.IsApprovedBy(ManagerRole.Product));
        Assert.False(conflict.CurrentProposal.IsApprovedBy(ManagerRole.Project));
    }

    [Fact]
    public void Propose_WithoutRationale_IsRefused()
    {
        Assert.Equal("rationale", Refuse(ReadyToDecide().Propose(Ana, MoveTo(NewDate), "  ", Now)).Field);
    }

    [Fact]
    public void Propose_HoldDateWithoutCutItems_IsRefused()
    {
        Assert.Equal("cut", Refuse(ReadyToDecide().Propose(Ana, Cut(), "why", Now)).Field);
    }

    [Fact]
    public void Propose_MoveDateWithoutDate_IsRefused()
    {
        Assert.Equal("newDate", Refuse(ReadyToDecide().Propose(Ana, new OptionInput(OptionKind.MoveDate), "why", Now)).Field);
    }

    [Theory]
    [InlineData(2026, 12, 15)]
    [InlineData(2026, 12, 1)]
    public void Propose_MoveDateNotAfterDeadline_IsRefused(int year, int month, int day)
    {
        var refusal = Refuse(ReadyToDecide().Propose(Ana, MoveTo(new DateOnly(year, month, day)), "why", Now));

        Assert.Contains("must be after the current deadline 2026-12-15", refusal.Message);
    }

    [Fact]
    public void Propose_PhasedRelease_NeedsTwoPhasesInDateOrder()
    {
        var onePhase = new OptionInput(OptionKind.PhasedRelease, Phases: [new ReleasePhase("SSO", NewDate)]);
        var backwards = new OptionInput(OptionKind.PhasedRelease, Phases: [new("checkout", NewDate), new("SSO", Deadline)]);
        var good = new OptionInput(OptionKind.PhasedRelease, Phases: [new("checkout", Deadline), new("SSO", NewDate)]);

        Assert.Equal("phases", Refuse(ReadyToDecide().Propose(Ana, onePhase, "why", Now)).Field);
        Assert.Contains("must come after", Refuse(ReadyToDecide().Propose(Ana, backwards, "why", Now)).Message);
        var proposal = Accept(ReadyToDecide().Propose(Ana, good, "why", Now)).CurrentProposal!;
        Assert.Equal(NewDate, proposal.Option.ReleaseDate(Deadline));
        Assert.Equal(["SSO"], proposal.Option.ScopeLeftOut);
    }

    [Fact]
    public void Propose_OtherWithoutDescription_IsRefused()
    {
        Assert.Equal("description", Refuse(ReadyToDecide().Propose(Ana, new OptionInput(OptionKind.Other), "why", Now)).Field);
    }

    [Fact]
    public void Approve_BySecondManager_DecidesConflict()
    {
        var result = Proposed().Approve(Ben, 1, "Fine by me", Now);

        var conflict = Accept(result);
        Assert.Equal(ConflictState.Decided, conflict.State);
        Assert.Equal(NewDate, conflict.Deadline);
        Assert.Equal(Deadline, conflict.OriginalDeadline);
        var decision = Assert.Single(conflict.Decisions);
        Assert.Equal(1, decision.ProposalNumber);
        Assert.Equal([ManagerRole.Product, ManagerRole.Project], decision.Approvals.Select(a => a.Role));
        Assert.Contains("prefers move the date", decision.ProductSummary);
        Assert.Collection(result.Value!.Events,
            e => Assert.IsType<ProposalApproved>(e),
            e => Assert.Null(Assert.IsType<ConflictDecided>(e).Supersedes));
    }

    [Fact]
    public void Approve_ByProposer_IsAlreadyDone()
    {
        Assert.Equal(RefusalCode.AlreadyDone, Refuse(Proposed().Approve(Ana, null, null, Now)).Code);
    }

    [Fact]
    public void Approve_ByBystander_IsRefusedAndChangesNothing()
    {
        var before = Proposed();

        Assert.Equal(RefusalCode.NotAllowed, Refuse(before.Approve(Carol, null, null, Now)).Code);
        Assert.Equal(ConflictState.Proposed, before.State);
    }

    [Fact]
    public void Approve_AnOutdatedProposalNumber_IsStale()
    {
        var countered = Accept(Proposed().Propose(Ben, Cut("audit export"), "Ship on time", Now));

        var refusal = Refuse(countered.Approve(Ana, 1, null, Now));

        Assert.Equal(RefusalCode.Stale, refusal.Code);
        Assert.Contains("#2", refusal.Message);
    }

    [Fact]
    public void CounterProposal_CancelsApprovalsOfTheEarlierOne()
    {
        var result = Proposed().Propose(Ben, Cut("audit export"), "Ship on time", Now);

        var conflict = Accept(result);
        var made = Assert.IsType<ProposalMade>(Assert.Single(result.Value!.Events));
        Assert.Equal(1, made.Replaced);
        Assert.Equal([ManagerRole.Product], made.CancelledApprovals);
        Assert.Equal(2, conflict.CurrentProposal!.Number);
        Assert.False(conflict.CurrentProposal.IsApprovedBy(ManagerRole.Product));
        Assert.True(conflict.CurrentProposal.IsApprovedBy(ManagerRole.Project));
    }

    [Fact]
    public void Reject_ByProposer_IsRefused()
    {
        Assert.Equal(RefusalCode.NotAllowed, Refuse(Proposed().Reject(Ana, null, "no", null, Now)).Code);
    }

    [Fact]
    public void Reject_WithoutReason_IsRefused()
    {
        Assert.Equal("reason", Refuse(Proposed().Reject(Ben, null, null, null, Now)).Field);
    }

    [Fact]
    public void Reject_ByOtherManager_ReturnsToReadyToDecide()
    {
        var conflict = Accept(Proposed().Reject(Ben, 1, "Audit export can wait", null, Now));

        Assert.Equal(ConflictState.ReadyToDecide, conflict.State);
        Assert.Null(conflict.CurrentProposal);
        Assert.Equal("Audit export can wait", conflict.LastRejection!.Reason);
        Assert.Equal(1, conflict.RejectionsInRow);
    }

    [Fact]
    public void Reject_ThirdInARowWithApprover_EscalatesAutomatically()
    {
        var conflict = ReadyToDecide();
        for (var i = 0; i < ConflictLimits.StalemateRejections - 1; i++)
        {
            conflict = Accept(Accept(conflict.Propose(Ana, MoveTo(NewDate), "why", Now)).Reject(Ben, null, "no", Carol, Now));
        }

        var result = Accept(conflict.Propose(Ana, MoveTo(NewDate), "why", Now)).Reject(Ben, null, "still no", Carol, Now);

        var escalated = Accept(result);
        Assert.Equal(ConflictState.Escalated, escalated.State);
        Assert.True(escalated.Escalation!.Automatic);
        var entry = Assert.IsType<ConflictEscalated>(result.Value!.Events[^1]);
        Assert.Equal(Domain.Workspaces.UserRef.System, entry.Stamp.Actor);
    }

    [Fact]
    public void Reject_ThirdInARowWithoutApprover_StaysReadyToDecide()
    {
        var conflict = ReadyToDecide();
        for (var i = 0; i < ConflictLimits.StalemateRejections; i++)
        {
            conflict = Accept(Accept(conflict.Propose(Ana, MoveTo(NewDate), "why", Now)).Reject(Ben, null, "no", null, Now));
        }

        Assert.Equal(ConflictState.ReadyToDecide, conflict.State);
    }
}
