using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;

namespace BridgeBot.Testing.Conflicts;

/// <summary>The conflict in each state the renderers must draw, reached through the real transitions.</summary>
/// <typeparam name="TCast">Who plays the parts.</typeparam>
public static class Stories<TCast>
    where TCast : IStoryCast
{
    public static readonly DateOnly MovedDate = new(2027, 1, 10);

    public static ReasoningInput ProductReasoning { get; } = new(
        "12 enterprise trials stall without SSO; two of them said they will not sign without it.",
        "Black Friday shoppers wait a month longer for the faster checkout.",
        "Enterprise trials (12 accounts) and their admins",
        Severity.High,
        OptionKind.MoveDate,
        "Sales agreed to tell the trials about the new date.");

    public static ReasoningInput ProjectReasoning { get; } = new(
        "Nobody asked for audit export before Q1; SSO is what trials wait for.",
        "Moving costs three people a month and collides with the payments freeze.",
        "Existing checkout customers",
        Severity.Medium,
        OptionKind.HoldDateCutScope,
        null);

    public static ConflictStory<TCast> AwaitingReasoning() => ConflictStory<TCast>.Open();

    /// <summary>Ana has submitted, Ben not yet: the blind phase.</summary>
    public static ConflictStory<TCast> Blind() => AwaitingReasoning()
        .Then((c, at) => c.SubmitReasoning(TCast.Ana, ManagerRole.Product, ProductReasoning, at));

    public static ConflictStory<TCast> ReadyToDecide() => Blind()
        .Then((c, at) => c.SubmitReasoning(TCast.Ben, ManagerRole.Project, ProjectReasoning, at));

    public static ConflictStory<TCast> Proposed() => ReadyToDecide()
        .Then((c, at) => c.Propose(TCast.Ana, new OptionInput(OptionKind.MoveDate, NewDate: MovedDate), "Enterprise customers need SSO on day one.", at));

    public static ConflictStory<TCast> Rejected() => Proposed()
        .Then((c, at) => c.Reject(TCast.Ben, 1, "The payments freeze starts on 2027-01-05; a January date is not real.", TCast.Carol, at));

    public static ConflictStory<TCast> Escalated() => Proposed()
        .Then((c, at) => c.Escalate(TCast.Ben, TCast.Carol, "We cannot agree before the code freeze.", at));

    public static ConflictStory<TCast> Decided() => Proposed()
        .Then((c, at) => c.Approve(TCast.Ben, 1, null, at));

    public static ConflictStory<TCast> Reopened() => Decided()
        .Then((c, at) => c.Reopen(TCast.Ana, TCast.Carol, "The SSO vendor slipped a month.", at));

    /// <summary>Decided twice: decision 2 supersedes decision 1.</summary>
    public static ConflictStory<TCast> Superseded() => Reopened()
        .Then((c, at) => c.Propose(TCast.Ben, new OptionInput(OptionKind.HoldDateCutScope, CutItems: ["SSO"]),
            "With SSO late anyway, ship the faster checkout on the original date.", at))
        .Then((c, at) => c.Approve(TCast.Ana, 2, "Agreed, trials hear from sales.", at));

    /// <summary>What <paramref name="role"/> is asked when the retrospective of <see cref="Decided"/> falls due.</summary>
    public static RetrospectiveAsk RetrospectiveAsk(ManagerRole role)
    {
        var conflict = Decided().Conflict;
        return Domain.Conflicts.Retrospectives.RetrospectiveAsk.For(conflict, conflict.LatestDecision!, role);
    }

    public static ConflictStory<TCast> Withdrawn() => AwaitingReasoning()
        .Then((c, at) => c.Withdraw(TCast.Dev, "SSO made it after all.", at));

    /// <summary>Every story above by a short name, for tests that go through all states.</summary>
    public static IReadOnlyDictionary<string, Func<ConflictStory<TCast>>> ByState { get; } = new Dictionary<string, Func<ConflictStory<TCast>>>
    {
        ["awaiting"] = AwaitingReasoning,
        ["blind"] = Blind,
        ["ready"] = ReadyToDecide,
        ["proposed"] = Proposed,
        ["rejected"] = Rejected,
        ["escalated"] = Escalated,
        ["decided"] = Decided,
        ["reopened"] = Reopened,
        ["superseded"] = Superseded,
        ["withdrawn"] = Withdrawn,
    };
}
