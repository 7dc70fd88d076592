using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Conflicts;

public class ReleaseConflictRetrospectiveTests
{
    // Decided() moves the release to 2027-01-10; with the default 14 days the retrospective opens on 2027-01-24.
    private static readonly DateTimeOffset DueDay = new(2027, 1, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly RetrospectivePolicy Policy = RetrospectivePolicy.Default;

    [Fact]
    public void AnswerRetrospective_ByNamedManagerOnceDue_IsLoggedOnTheConflict()
    {
        var result = Decided().AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Yes, "Trials stalled until SSO shipped", Policy, DueDay);

        var after = Accept(result);
        var answer = Assert.Single(after.Retrospectives);
        Assert.Equal(new RetrospectiveAnswer(1, ManagerRole.Product, ImpactHappened.Yes, "Trials stalled until SSO shipped", Ana, DueDay), answer);
        var entry = Assert.IsType<RetrospectiveAnswered>(Assert.Single(result.Value!.Events));
        Assert.Equal(after.Version, entry.Stamp.Sequence);
        Assert.Equal(Ana, entry.Stamp.Actor);
        Assert.Contains("product prediction held — Trials stalled until SSO shipped", entry.Summary);
        Assert.Equal(ConflictState.Decided, after.State);
    }

    [Fact]
    public void AnswerRetrospective_DayBeforeItIsDue_SaysWhenItOpens()
    {
        var refusal = Refuse(Decided().AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.No, "Nothing happened", Policy, DueDay.AddDays(-1)));

        Assert.Equal(RefusalCode.WrongState, refusal.Code);
        Assert.Contains("opens on 2027-01-24", refusal.Message);
    }

    [Fact]
    public void AnswerRetrospective_Twice_IsRefusedWithTheFirstAnswer()
    {
        var answered = Accept(Decided().AnswerRetrospective(Ben, ManagerRole.Project, ImpactHappened.Partly, "Some audits slipped", Policy, DueDay));

        var refusal = Refuse(answered.AnswerRetrospective(Ben, ManagerRole.Project, ImpactHappened.No, "Changed my mind", Policy, DueDay));

        Assert.Equal(RefusalCode.AlreadyDone, refusal.Code);
        Assert.Contains("partly: “Some audits slipped”", refusal.Message);
        Assert.Single(answered.Retrospectives);
    }

    [Fact]
    public void AnswerRetrospective_EachRole_AnswersSeparately()
    {
        var both = Accept(Accept(Decided().AnswerRetrospective(Ben, ManagerRole.Project, ImpactHappened.No, "Nobody missed audit export", Policy, DueDay))
            .AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Yes, "SSO was what trials waited for", Policy, DueDay));

        Assert.Equal([ManagerRole.Project, ManagerRole.Product], both.Retrospectives.Select(a => a.Role));
        Assert.Empty(both.RetrospectiveStillOpenFor(1));
    }

    [Theory]
    [InlineData("U0DEV", "the managers of R-42")]
    [InlineData("U0BEN", "Only Ana, the product manager")]
    public void AnswerRetrospective_ByOtherPerson_IsNotAllowed(string actorId, string expected)
    {
        var refusal = Refuse(Decided().AnswerRetrospective(new UserRef(actorId), ManagerRole.Product, ImpactHappened.Yes, "It held", Policy, DueDay));

        Assert.Equal(RefusalCode.NotAllowed, refusal.Code);
        Assert.Contains(expected, refusal.Message);
    }

    [Fact]
    public void AnswerRetrospective_WhileReopened_WaitsForTheNextDecision()
    {
        var reopened = Accept(Decided().Reopen(Ana, null, "The SSO vendor slipped", Now));

        var refusal = Refuse(reopened.AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Yes, "It held", Policy, DueDay));

        Assert.Equal(RefusalCode.WrongState, refusal.Code);
        Assert.Contains("reopened", refusal.Message);
    }

    [Fact]
    public void AnswerRetrospective_AfterRedecision_IsForTheNewDecision()
    {
        var first = Accept(Decided().AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Partly, "Half the trials waited", Policy, DueDay));
        var reopened = Accept(first.Reopen(Ben, null, "Audit export slipped too", DueDay));
        var redecided = Accept(Accept(reopened.Propose(Ben, MoveTo(new DateOnly(2027, 2, 1)), "Both in one release", DueDay)).Approve(Ana, null, null, DueDay));

        Assert.Equal(RefusalCode.WrongState, Refuse(redecided.AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Yes, "x", Policy, DueDay)).Code);
        var again = Accept(redecided.AnswerRetrospective(
            Ana, ManagerRole.Product, ImpactHappened.Yes, "SSO landed with audit export", Policy, new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal([1, 2], again.Retrospectives.Select(a => a.DecisionNumber));
    }

    [Theory]
    [InlineData(null, "Add a sentence")]
    [InlineData("   ", "Add a sentence")]
    public void AnswerRetrospective_WithoutComment_AsksForASentence(string? comment, string expected)
    {
        var refusal = Refuse(Decided().AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Yes, comment, Policy, DueDay));

        Assert.Equal(("comment", RefusalCode.InvalidInput), (refusal.Field, refusal.Code));
        Assert.Contains(expected, refusal.Message);
    }

    [Fact]
    public void AnswerRetrospective_LongComment_NamesTheLimit()
    {
        var refusal = Refuse(Decided().AnswerRetrospective(
            Ana, ManagerRole.Product, ImpactHappened.Yes, new string('x', ConflictLimits.Reason + 1), Policy, DueDay));

        Assert.Contains($"under {ConflictLimits.Reason} characters", refusal.Message);
    }

    [Fact]
    public void AnswerRetrospective_WithoutAnswer_AsksYesPartlyOrNo()
    {
        Assert.Equal("answer", Refuse(Decided().AnswerRetrospective(Ana, ManagerRole.Product, null, "It held", Policy, DueDay)).Field);
    }

    [Fact]
    public void RequestRetrospective_OnceDue_IsLoggedOncePerDecision()
    {
        Assert.Equal(RefusalCode.WrongState, Refuse(Decided().RequestRetrospective(Policy, DueDay.AddDays(-1))).Code);

        var result = Decided().RequestRetrospective(Policy, DueDay);

        var asked = Accept(result);
        var entry = Assert.IsType<RetrospectiveRequested>(Assert.Single(result.Value!.Events));
        Assert.Equal((1, new DateOnly(2027, 1, 10), UserRef.System), (entry.DecisionNumber, entry.ReleaseDate, entry.Stamp.Actor));
        Assert.Equal([Ana, Ben], entry.Asked);
        Assert.Equal("Asked Ana and Ben whether the customer impact they predicted for decision 1 (released 2027-01-10) happened", entry.Summary);
        Assert.Equal(1, asked.RetrospectiveRequestedFor);
        Assert.Equal(RefusalCode.AlreadyDone, Refuse(asked.RequestRetrospective(Policy, DueDay)).Code);
    }

    [Fact]
    public void RequestRetrospective_OneAlreadyAnswered_AsksOnlyTheOther()
    {
        var answered = Accept(Decided().AnswerRetrospective(Ben, ManagerRole.Project, ImpactHappened.No, "Nobody missed it", Policy, DueDay));

        var entry = Assert.IsType<RetrospectiveRequested>(Assert.Single(answered.RequestRetrospective(Policy, DueDay).Value!.Events));

        Assert.Equal([Ana], entry.Asked);
    }

    [Fact]
    public void RequestRetrospective_BothAlreadyAnswered_IsNotAsked()
    {
        var both = Accept(Accept(Decided().AnswerRetrospective(Ben, ManagerRole.Project, ImpactHappened.No, "Nobody missed it", Policy, DueDay))
            .AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Yes, "It held", Policy, DueDay));

        Assert.Equal(RefusalCode.AlreadyDone, Refuse(both.RequestRetrospective(Policy, DueDay)).Code);
    }
}
