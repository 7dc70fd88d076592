using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Conflicts.Retrospectives;

public class RetrospectivePolicyTests
{
    private static readonly DateOnly Released = new(2027, 1, 10);

    [Fact]
    public void DueDecision_DayBeforeDelayEnds_IsNotDue()
    {
        Assert.Null(RetrospectivePolicy.Default.DueDecision(Decided(), Released.AddDays(13)));
    }

    [Fact]
    public void DueDecision_OnTheDayTheDelayEnds_IsTheDecisionInForce()
    {
        var decided = Decided();

        Assert.Same(decided.LatestDecision, RetrospectivePolicy.Default.DueDecision(decided, Released.AddDays(14)));
        Assert.Same(decided.LatestDecision, RetrospectivePolicy.Default.DueDecision(decided, Released.AddDays(40)));
    }

    [Fact]
    public void DueDecision_WithConfiguredDelay_CountsFromTheReleaseDate()
    {
        var policy = new RetrospectivePolicy(3);

        Assert.Equal(new DateOnly(2027, 1, 13), policy.DueOn(Decided().LatestDecision!));
        Assert.Null(policy.DueDecision(Decided(), new DateOnly(2027, 1, 12)));
        Assert.NotNull(policy.DueDecision(Decided(), new DateOnly(2027, 1, 13)));
    }

    [Fact]
    public void DueDecision_Reopened_IsNotDueUntilDecidedAgain()
    {
        var reopened = Accept(Decided().Reopen(Ana, null, "The SSO vendor slipped", Now));

        Assert.Null(RetrospectivePolicy.Default.DueDecision(reopened, Released.AddDays(30)));
    }

    [Fact]
    public void DueDecision_ReopenedAndRedecided_MovesToTheNewReleaseDate()
    {
        var reopened = Accept(Decided().Reopen(Ana, null, "The SSO vendor slipped", Now));
        var proposed = Accept(reopened.Propose(Ben, MoveTo(new DateOnly(2027, 2, 1)), "SSO needs three more weeks", Now));
        var redecided = Accept(proposed.Approve(Ana, null, null, Now));

        Assert.Null(RetrospectivePolicy.Default.DueDecision(redecided, Released.AddDays(14)));
        Assert.Null(RetrospectivePolicy.Default.DueDecision(redecided, new DateOnly(2027, 2, 14)));
        var due = RetrospectivePolicy.Default.DueDecision(redecided, new DateOnly(2027, 2, 15));
        Assert.Equal(2, due!.Number);
    }

    [Fact]
    public void DueDecision_Undecided_IsNull()
    {
        Assert.Null(RetrospectivePolicy.Default.DueDecision(Proposed(), Released.AddDays(100)));
        Assert.Equal(ConflictState.Proposed, Proposed().State);
    }
}
