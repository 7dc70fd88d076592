using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Conflicts;

public class ReleaseConflictReasoningTests
{
    [Fact]
    public void SubmitReasoning_ByNamedProductManager_IsLogged()
    {
        var result = Opened().SubmitReasoning(Ana, ManagerRole.Product, Reasoning(), Now);

        var conflict = Accept(result);
        Assert.Equal(ConflictState.AwaitingReasoning, conflict.State);
        Assert.NotNull(conflict.ProductReasoning);
        var entry = Assert.IsType<ReasoningSubmitted>(Assert.Single(result.Value!.Events));
        Assert.Equal(2, entry.Stamp.Sequence);
        Assert.False(entry.Revision);
    }

    [Fact]
    public void SubmitReasoning_ByProjectManagerForProductRole_IsRefused()
    {
        var refusal = Refuse(Opened().SubmitReasoning(Ben, ManagerRole.Product, Reasoning(), Now));

        Assert.Equal(RefusalCode.NotAllowed, refusal.Code);
        Assert.Contains("Only Ana", refusal.Message);
    }

    [Fact]
    public void SubmitReasoning_ByBystander_IsRefused()
    {
        Assert.Equal(RefusalCode.NotAllowed, Refuse(Opened().SubmitReasoning(Carol, ManagerRole.Project, Reasoning(), Now)).Code);
    }

    [Fact]
    public void SubmitReasoning_BySecondManager_MakesConflictReadyToDecide()
    {
        Assert.Equal(ConflictState.ReadyToDecide, ReadyToDecide().State);
    }

    [Fact]
    public void SubmitReasoning_AgainBeforeTheOther_IsARevision()
    {
        var once = Accept(Opened().SubmitReasoning(Ana, ManagerRole.Product, Reasoning(), Now));

        var result = once.SubmitReasoning(Ana, ManagerRole.Product, Reasoning("Revised"), Now);

        Assert.True(Assert.IsType<ReasoningSubmitted>(Assert.Single(result.Value!.Events)).Revision);
        Assert.Equal("Revised", result.Value.After.ProductReasoning!.ImpactIfDateHolds);
    }

    [Fact]
    public void SubmitReasoning_AfterBothAreIn_IsLocked()
    {
        var refusal = Refuse(ReadyToDecide().SubmitReasoning(Ana, ManagerRole.Product, Reasoning("Changed my mind"), Now));

        Assert.Equal(RefusalCode.WrongState, refusal.Code);
    }

    [Fact]
    public void SubmitReasoning_AfterReopening_IsAllowed()
    {
        var reopened = Accept(Decided().Reopen(Ben, null, "Vendor slipped", Now));

        Assert.True(reopened.SubmitReasoning(Ben, ManagerRole.Project, Reasoning("New facts"), Now).IsValid);
    }

    [Theory]
    [InlineData(null, "x", "x", ReasoningInput.Fields.ImpactIfDateHolds)]
    [InlineData("x", " ", "x", ReasoningInput.Fields.ImpactIfDateMoves)]
    [InlineData("x", "x", "", ReasoningInput.Fields.AffectedCustomers)]
    public void SubmitReasoning_MissingAnswer_NamesTheField(string? holds, string? moves, string? affected, string field)
    {
        var input = new ReasoningInput(holds, moves, affected, Severity.Low, BridgeBot.Domain.Conflicts.Options.OptionKind.Other, null);

        Assert.Equal(field, Refuse(Opened().SubmitReasoning(Ana, ManagerRole.Product, input, Now)).Field);
    }

    [Fact]
    public void SubmitReasoning_WithoutSeverityOrPreference_NamesTheField()
    {
        var noSeverity = Reasoning() with { Severity = null };
        var noPreference = Reasoning() with { PreferredOption = null };

        Assert.Equal(ReasoningInput.Fields.Severity, Refuse(Opened().SubmitReasoning(Ana, ManagerRole.Product, noSeverity, Now)).Field);
        Assert.Equal(ReasoningInput.Fields.PreferredOption, Refuse(Opened().SubmitReasoning(Ana, ManagerRole.Product, noPreference, Now)).Field);
    }

    [Fact]
    public void SubmitReasoning_TooLong_IsRefused()
    {
        var input = Reasoning(new string('a', ConflictLimits.LongText + 1));

        Assert.Equal(RefusalCode.InvalidInput, Refuse(Opened().SubmitReasoning(Ana, ManagerRole.Product, input, Now)).Code);
    }
}
