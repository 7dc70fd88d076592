using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using static BridgeBot.Teams.Tests.Cards.Support.CardPeople;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>The conflict in each state the cards must draw, reached through the real transitions.</summary>
internal static class Stories
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

    public static ConflictStory AwaitingReasoning() => ConflictStory.Open();

    /// <summary>Ana has submitted, Ben not yet: the blind phase.</summary>
    public static ConflictStory Blind() => AwaitingReasoning()
        .Then((c, at) => c.SubmitReasoning(Ana, ManagerRole.Product, ProductReasoning, at));

    public static ConflictStory ReadyToDecide() => Blind()
        .Then((c, at) => c.SubmitReasoning(Ben, ManagerRole.Project, ProjectReasoning, at));

    public static ConflictStory Proposed() => ReadyToDecide()
        .Then((c, at) => c.Propose(Ana, new OptionInput(OptionKind.MoveDate, NewDate: MovedDate), "Enterprise customers need SSO on day one.", at));

    public static ConflictStory Rejected() => Proposed()
        .Then((c, at) => c.Reject(Ben, 1, "The payments freeze starts on 2027-01-05; a January date is not real.", Carol, at));

    public static ConflictStory Escalated() => Proposed()
        .Then((c, at) => c.Escalate(Ben, Carol, "We cannot agree before the code freeze.", at));

    public static ConflictStory Decided() => Proposed()
        .Then((c, at) => c.Approve(Ben, 1, null, at));

    public static ConflictStory Reopened() => Decided()
        .Then((c, at) => c.Reopen(Ana, Carol, "The SSO vendor slipped a month.", at));

    /// <summary>Decided twice: decision 2 supersedes decision 1.</summary>
    public static ConflictStory Superseded() => Reopened()
        .Then((c, at) => c.Propose(Ben, new OptionInput(OptionKind.HoldDateCutScope, CutItems: ["SSO"]),
            "With SSO late anyway, ship the faster checkout on the original date.", at))
        .Then((c, at) => c.Approve(Ana, 2, "Agreed, trials hear from sales.", at));

    public static ConflictStory Withdrawn() => AwaitingReasoning()
        .Then((c, at) => c.Withdraw(Dev, "SSO made it after all.", at));
}
