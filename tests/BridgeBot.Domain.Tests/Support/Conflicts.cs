using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Support;

/// <summary>Builds conflicts in a given state through the real transitions.</summary>
internal static class Conflicts
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 22);
    public static readonly DateOnly Deadline = new(2026, 12, 15);

    public static OpenRequest Request(string release = "Checkout 2.4") =>
        new(Workspace, "C0CHANNEL", release, Deadline, ["SSO", "audit export"], Ana, Ben, Dev);

    public static ReleaseConflict Opened() => Accept(ReleaseConflict.Open(Request(), new ConflictId(42), Now, Today));

    public static ReasoningInput Reasoning(string holds = "Trials stall without SSO", OptionKind prefer = OptionKind.MoveDate) =>
        new(holds, "Shoppers wait longer for the faster checkout", "12 enterprise trials", Severity.High, prefer, null);

    public static ReleaseConflict ReadyToDecide() =>
        Accept(Accept(Opened().SubmitReasoning(Ana, ManagerRole.Product, Reasoning(), Now))
            .SubmitReasoning(Ben, ManagerRole.Project, Reasoning("Nobody misses audit export for a month", OptionKind.HoldDateCutScope), Now));

    public static OptionInput MoveTo(DateOnly date) => new(OptionKind.MoveDate, NewDate: date);

    public static OptionInput Cut(params string[] items) => new(OptionKind.HoldDateCutScope, CutItems: items);

    public static ReleaseConflict Proposed() =>
        Accept(ReadyToDecide().Propose(Ana, MoveTo(new DateOnly(2027, 1, 10)), "Enterprise customers need SSO on day one", Now));

    public static ReleaseConflict Decided() => Accept(Proposed().Approve(Ben, null, null, Now));

    public static ReleaseConflict Accept(Validated<Transition> result)
    {
        Assert.True(result.IsValid, result.Refusal?.Message);
        return result.Value.After;
    }

    public static Refusal Refuse(Validated<Transition> result)
    {
        Assert.False(result.IsValid, "expected a refusal");
        return result.Refusal;
    }
}
