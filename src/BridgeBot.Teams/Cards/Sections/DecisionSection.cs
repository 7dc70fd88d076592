using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Sections;

/// <summary>The decision in force and, after a reopening, the decision it superseded with what changed.</summary>
internal static class DecisionSection
{
    public static IEnumerable<JsonNode> Build(ConflictView view)
    {
        if (view.Decision is not { } decision)
        {
            yield break;
        }

        yield return Container(Decision(decision), style: "good", separator: true, spacing: "Medium");
        if (view.PreviousDecision is { } previous)
        {
            yield return Container(Superseded(previous, view.Changes), separator: true, spacing: "Medium");
        }
    }

    /// <summary>Who made a decision: both managers' approvals, or the escalation approver alone.</summary>
    public static JsonObject DecidedBy(Decision decision) => decision.DecidedByApprover is { } approver
        ? Rich(Run("Decided by ", RunStyle.Subtle), Run(approver.DisplayName), Run(" (escalation approver)", RunStyle.Subtle))
        : Rich(Run("Approved by ", RunStyle.Subtle), Run(DisplayText.Names(decision.Approvals.Select(approval => approval.By))));

    private static IEnumerable<JsonNode> Decision(Decision decision) =>
    [
        Heading($"Decision {DisplayText.Number(decision.Number)}"),
        Rich(Run(decision.Option.Describe(), RunStyle.Bold)),
        TextBlock("Release date " + DisplayText.Date(decision.ReleaseDate)),
        Label("Why"),
        Rich(Run(decision.Rationale)),
        DecidedBy(decision),
        TextBlock("Decided " + DisplayText.Time(decision.DecidedAt), size: "Small", subtle: true),
    ];

    private static IEnumerable<JsonNode> Superseded(Decision previous, IReadOnlyList<DecisionChange> changes)
    {
        yield return Label($"Supersedes decision {DisplayText.Number(previous.Number)} of {DisplayText.Time(previous.DecidedAt)}");
        yield return Rich(Run(previous.Option.Describe()));
        yield return Rich(Run("Why then: ", RunStyle.Subtle), Run(previous.Rationale));
        if (changes.Count == 0)
        {
            yield return TextBlock("Same option, release date and scope as before.", subtle: true);
            yield break;
        }

        yield return Table(
            ["What changed", "Before", "After"],
            changes.Select(change => (IReadOnlyList<JsonObject>)[Rich(Run(change.What)), Rich(Run(change.Before)), Rich(Run(change.After))]));
    }
}
