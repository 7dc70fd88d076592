using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Conflicts;

public class ReleaseConflictLifecycleTests
{
    [Fact]
    public void Escalate_WithoutApprover_TellsHowToSetOne()
    {
        Assert.Contains("escalate-to", Refuse(Proposed().Escalate(Ana, null, "stuck", Now)).Message);
    }

    [Fact]
    public void Escalate_ToOneOfTheManagers_IsRefused()
    {
        Assert.Equal(RefusalCode.WrongState, Refuse(Proposed().Escalate(Ana, Ben, "stuck", Now)).Code);
    }

    [Fact]
    public void Escalate_ByBystander_IsRefused()
    {
        Assert.Equal(RefusalCode.NotAllowed, Refuse(Proposed().Escalate(Dev, Carol, "stuck", Now)).Code);
    }

    [Fact]
    public void Escalate_ByManager_LetsApproverDecideAlone()
    {
        var escalated = Accept(Proposed().Escalate(Ben, Carol, "We disagree on SSO", Now));

        Assert.Equal(ConflictState.Escalated, escalated.State);
        Assert.Equal(RefusalCode.AlreadyDone, Refuse(escalated.Escalate(Ana, Carol, "again", Now)).Code);
        Assert.Equal(RefusalCode.NotAllowed, Refuse(escalated.DecideAsApprover(Ana, null, "mine", Now)).Code);

        var result = escalated.DecideAsApprover(Carol, null, "SSO is what enterprise customers pay for", Now);

        var decided = Accept(result);
        Assert.Equal(ConflictState.Decided, decided.State);
        var decision = Assert.Single(decided.Decisions);
        Assert.Equal(Carol, decision.DecidedByApprover);
        Assert.Equal(1, decision.ProposalNumber);
        Assert.Null(decided.Escalation);
    }

    [Fact]
    public void DecideAsApprover_OwnOption_IsValidatedAgainstDeadline()
    {
        var escalated = Accept(Proposed().Escalate(Ben, Carol, "stuck", Now));

        Assert.Equal("newDate", Refuse(escalated.DecideAsApprover(Carol, MoveTo(Deadline), "why", Now)).Field);
        var decided = Accept(escalated.DecideAsApprover(Carol, Cut("audit export"), "Hold the date for the campaign", Now));
        Assert.Equal(0, decided.Decisions[0].ProposalNumber);
        Assert.Equal(OptionKind.HoldDateCutScope, decided.Decisions[0].Option.Kind);
    }

    [Fact]
    public void DecideAsApprover_WhenNotEscalated_IsRefused()
    {
        Assert.Equal(RefusalCode.WrongState, Refuse(Proposed().DecideAsApprover(Carol, null, "why", Now)).Code);
    }

    [Fact]
    public void Escalated_ManagersCanStillAgree()
    {
        var escalated = Accept(Proposed().Escalate(Ben, Carol, "stuck", Now));

        var decided = Accept(escalated.Approve(Ben, null, null, Now));

        Assert.Equal(ConflictState.Decided, decided.State);
    }

    [Fact]
    public void Withdraw_ByOpener_EndsTheConflict()
    {
        var withdrawn = Accept(Proposed().Withdraw(Dev, "SSO made it after all", Now));

        Assert.Equal(ConflictState.Withdrawn, withdrawn.State);
        Assert.False(withdrawn.IsOpen);
        Assert.Equal(RefusalCode.WrongState, Refuse(withdrawn.Propose(Ana, MoveTo(new DateOnly(2027, 2, 1)), "why", Now)).Code);
        Assert.Equal(RefusalCode.WrongState, Refuse(withdrawn.Withdraw(Ana, "again", Now)).Code);
    }

    [Fact]
    public void Withdraw_ByBystander_IsRefused()
    {
        Assert.Equal(RefusalCode.NotAllowed, Refuse(Proposed().Withdraw(Carol, "not mine", Now)).Code);
    }

    [Fact]
    public void Reopen_OnlyADecidedConflict()
    {
        Assert.Equal(RefusalCode.WrongState, Refuse(Proposed().Reopen(Ana, null, "why", Now)).Code);
        Assert.Equal(RefusalCode.NotAllowed, Refuse(Decided().Reopen(Dev, null, "why", Now)).Code);
        Assert.True(Decided().Reopen(Carol, Carol, "I am the approver", Now).IsValid);
    }

    [Fact]
    public void Reopen_AndDecideAgain_SupersedesTheOldDecision()
    {
        var reopened = Accept(Decided().Reopen(Ben, null, "Vendor slipped a month", Now));
        Assert.Equal(ConflictState.Reopened, reopened.State);

        var proposed = Accept(reopened.Propose(Ben, MoveTo(new DateOnly(2027, 2, 14)), "SSO vendor needs until February", Now));
        var result = proposed.Approve(Ana, null, null, Now);

        var decided = Accept(result);
        Assert.Equal(2, decided.Decisions.Count);
        Assert.Equal(new DateOnly(2027, 1, 10), decided.Decisions[1].DeadlineBefore);
        Assert.Equal(new DateOnly(2027, 2, 14), decided.Deadline);
        Assert.Equal(1, Assert.IsType<ConflictDecided>(result.Value!.Events[^1]).Supersedes);
    }

    [Fact]
    public void Transitions_NumberLogEntriesWithoutGaps()
    {
        var conflict = Opened();
        var sequences = new List<int> { 1 };
        foreach (var step in new Func<ReleaseConflict, Validated<Transition>>[]
        {
            c => c.SubmitReasoning(Ana, ManagerRole.Product, Reasoning(), Now),
            c => c.SubmitReasoning(Ben, ManagerRole.Project, Reasoning(), Now),
            c => c.Propose(Ana, MoveTo(new DateOnly(2027, 1, 10)), "why", Now),
            c => c.Approve(Ben, null, null, Now),
            c => c.Reopen(Ana, null, "changed", Now),
        })
        {
            var result = step(conflict);
            sequences.AddRange(result.Value!.Events.Select(e => e.Stamp.Sequence));
            conflict = result.Value.After;
        }

        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
        Assert.Equal(sequences[^1], conflict.Version);
    }
}
