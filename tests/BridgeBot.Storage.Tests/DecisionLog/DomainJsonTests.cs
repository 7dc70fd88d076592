using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.DecisionLog;

namespace BridgeBot.Storage.Tests.DecisionLog;

public class DomainJsonTests
{
    private static readonly UserRef Ana = new("U0ANA", "Ana");
    private static readonly UserRef Ben = new("U0BEN", "Ben");
    private static readonly UserRef Carol = new("U0CAROL", "Carol");
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Conflict_WithEveryKindOfHistory_RoundTrips()
    {
        var (conflict, events) = Story();

        var json = DomainJson.Serialize(conflict);
        var back = DomainJson.Deserialize<ReleaseConflict>(json);

        Assert.Equal(json, DomainJson.Serialize(back));
        Assert.Equal(ConflictState.Escalated, back.State);
        Assert.Equal(2, back.Decisions.Count);
        Assert.IsType<PhasedRelease>(back.Decisions[1].Option);
        Assert.Equal(conflict.Version, back.Version);
        Assert.Equal(Ana, back.ProductManager);
        Assert.DoesNotContain("\"isOpen\"", json);
        Assert.Contains("\"id\":\"R-7\"", json);
        Assert.NotEmpty(events);
    }

    [Fact]
    public void EveryLogEntryKind_RoundTripsAsItsOwnType()
    {
        var (_, events) = Story();

        foreach (var entry in events)
        {
            var json = DomainJson.Serialize<ConflictEvent>(entry);
            var back = DomainJson.Deserialize<ConflictEvent>(json);

            Assert.IsType(entry.GetType(), back);
            Assert.Equal(json, DomainJson.Serialize<ConflictEvent>(back));
            Assert.Equal(entry.Summary, back.Summary);
        }

        Assert.Equal(11, events.Select(e => e.GetType()).Distinct().Count());
    }

    [Fact]
    public void Deserialize_UnknownKind_FailsLoudly()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => DomainJson.Deserialize<ConflictEvent>("{\"$kind\":\"teleported\"}"));
    }

    /// <summary>Walks one conflict through every kind of step, collecting the log entries.</summary>
    private static (ReleaseConflict Conflict, List<ConflictEvent> Events) Story()
    {
        var events = new List<ConflictEvent>();
        var request = new OpenRequest(WorkspaceId.ForSlack("T1"), "C1", "Checkout 2.4", new DateOnly(2026, 12, 15), ["SSO", "audit export"], Ana, Ben, Carol);
        var conflict = Step(ReleaseConflict.Open(request, new ConflictId(7), Now, new DateOnly(2026, 11, 22)), events);
        var reasoning = new ReasoningInput("Trials stall", "Shoppers wait", "12 trials", Severity.High, OptionKind.MoveDate, "see “doc”");
        conflict = Step(conflict.SubmitReasoning(Ana, ManagerRole.Product, reasoning, Now), events);
        conflict = Step(conflict.SubmitReasoning(Ben, ManagerRole.Project, reasoning, Now), events);
        conflict = Step(conflict.Propose(Ana, new OptionInput(OptionKind.MoveDate, NewDate: new DateOnly(2027, 1, 10)), "SSO first", Now), events);
        conflict = Step(conflict.Reject(Ben, 1, "too late", null, Now), events);
        conflict = Step(conflict.Propose(Ben, new OptionInput(OptionKind.HoldDateCutScope, CutItems: ["audit export"]), "campaign", Now), events);
        conflict = Step(conflict.Approve(Ana, 2, "ok", Now), events);
        var afterRelease = new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero);
        conflict = Step(conflict.RequestRetrospective(RetrospectivePolicy.Default, afterRelease), events);
        conflict = Step(conflict.AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Partly, "Some trials “waited”", RetrospectivePolicy.Default, afterRelease), events);
        conflict = Step(conflict.Reopen(Ana, null, "vendor slipped", Now), events);
        var phases = new OptionInput(OptionKind.PhasedRelease, Phases: [new("checkout", new DateOnly(2026, 12, 15)), new("SSO", new DateOnly(2027, 2, 1))]);
        conflict = Step(conflict.Propose(Ana, phases, "both", Now), events);
        conflict = Step(conflict.Approve(Ben, null, null, Now), events);
        conflict = Step(conflict.Reopen(Ben, null, "again", Now), events);
        conflict = Step(conflict.Propose(Ben, new OptionInput(OptionKind.Other, Description: "feature flag"), "flag it", Now), events);
        conflict = Step(conflict.Escalate(Ana, Carol, "stuck", Now), events);
        var withdrawn = Step(conflict.Withdraw(Ana, "gone", Now), []);
        events.Add(new ConflictWithdrawn(new EventStamp(conflict.Id, conflict.Version + 1, Now, Ana), withdrawn.Withdrawal!.Reason));
        return (conflict, events);
    }

    private static ReleaseConflict Step(Validated<Transition> result, List<ConflictEvent> events)
    {
        Assert.True(result.IsValid, result.Refusal?.Message);
        events.AddRange(result.Value.Events);
        return result.Value.After;
    }
}
