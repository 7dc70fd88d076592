using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Views;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Digests;

public class DigestBuilderTests
{
    [Fact]
    public void Build_ListsWhoOwesWhatLongestWaitingFirst()
    {
        var awaiting = Opened();
        var proposed = Accept(ReadyToDecide().Propose(Ana, MoveTo(new DateOnly(2027, 1, 10)), "SSO first", Now.AddHours(2))) with { Id = new ConflictId(7) };

        var digest = DigestBuilder.Build([proposed, awaiting], [], Now.AddDays(3), Today.AddDays(3));

        Assert.Equal(
            [(42, "Ana", PendingKind.Reasoning), (42, "Ben", PendingKind.Reasoning), (7, "Ben", PendingKind.Approval)],
            digest.NeedsAttention.Select(item => (item.ConflictId.Number, item.Who.DisplayName, item.What)));
        Assert.Equal([3, 3, 2], digest.NeedsAttention.Select(item => item.DaysWaiting));
    }

    [Fact]
    public void Build_RanksCloseDeadlinesByDaysLeftThenMissingInputs()
    {
        var soonAwaiting = Opened() with { Id = new ConflictId(1), Deadline = Today.AddDays(5) };
        var soonProposed = Proposed() with { Id = new ConflictId(2), Deadline = Today.AddDays(5) };
        var sooner = Proposed() with { Id = new ConflictId(3), Deadline = Today.AddDays(2) };
        var far = Opened() with { Id = new ConflictId(4), Deadline = Today.AddDays(30) };
        var overdue = Opened() with { Id = new ConflictId(5), Deadline = Today.AddDays(-1) };

        var digest = DigestBuilder.Build([soonAwaiting, soonProposed, sooner, far, overdue], [], Now, Today);

        Assert.Equal([5, 3, 1, 2], digest.DeadlinesComing.Select(item => item.ConflictId.Number));
        Assert.Equal(-1, digest.DeadlinesComing[0].DaysLeft);
        Assert.Equal(2, digest.DeadlinesComing.Single(item => item.ConflictId.Number == 1).MissingInputs);
    }

    [Fact]
    public void Build_ShowsEscalationsAndDecisionsAndIgnoresClosedConflicts()
    {
        var escalated = Accept(Proposed().Escalate(Ben, Carol, "stuck", Now));
        var decided = Decided() with { Id = new ConflictId(9) };
        var record = new DecisionRecord(decided.Id, decided.Release, decided.OriginalDeadline, "Ana", "Ben", decided.Decisions[0], null);

        var digest = DigestBuilder.Build([escalated, decided], [record], Now, Today);

        Assert.Equal(Carol, Assert.Single(digest.Escalated).Escalation.To);
        Assert.Single(digest.DecidedSince);
        Assert.DoesNotContain(digest.NeedsAttention, item => item.ConflictId == decided.Id && item.What != PendingKind.Decision);
        Assert.Contains(digest.NeedsAttention, item => item.Who == Carol && item.What == PendingKind.Decision);
        Assert.False(digest.IsEmpty);
    }

    [Fact]
    public void Build_NothingOpenNothingDecided_IsEmpty()
    {
        Assert.True(DigestBuilder.Build([Decided()], [], Now, Today).IsEmpty);
    }
}
