using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Sections;

/// <summary>The current proposal (option, why, who approved, who it waits for) and the last rejection.</summary>
internal static class ProposalSection
{
    public static IEnumerable<JsonNode> Build(ConflictView view)
    {
        if (view.Proposal is { } proposal)
        {
            yield return Container(Proposal(proposal, view.ProposalWaitsFor), separator: true, spacing: "Medium");
        }

        if (view.LastRejection is { } rejection)
        {
            yield return Container(Rejection(rejection), separator: true, spacing: "Medium");
        }
    }

    private static IEnumerable<JsonNode> Proposal(Proposal proposal, UserRef? waitsFor)
    {
        yield return Heading($"Proposal #{DisplayText.Number(proposal.Number)}");
        yield return Rich(Run(proposal.Option.Describe(), RunStyle.Bold));
        yield return Label("Why");
        yield return Rich(Run(proposal.Rationale));
        yield return Rich(
            Run("Proposed by ", RunStyle.Subtle), Run(proposal.ProposedBy.DisplayName),
            Run(" · " + DisplayText.Time(proposal.ProposedAt), RunStyle.Subtle));
        yield return Rich(Run("Approved by ", RunStyle.Subtle), Run(DisplayText.Names(proposal.Approvals.Select(approval => approval.By))));
        foreach (var approval in proposal.Approvals.Where(approval => approval.Note.Length > 0))
        {
            yield return Rich(Run(approval.By.DisplayName + ": ", RunStyle.Bold), Run(approval.Note));
        }

        if (waitsFor is not null)
        {
            yield return Rich(Run("Waiting for ", RunStyle.Subtle), Run(waitsFor.DisplayName, RunStyle.Bold));
        }
    }

    private static IEnumerable<JsonNode> Rejection(Rejection rejection) =>
    [
        Heading($"Proposal #{DisplayText.Number(rejection.Proposal.Number)} was rejected"),
        Rich(Run(rejection.Proposal.Option.Describe())),
        Rich(Run(rejection.By.DisplayName + ": ", RunStyle.Bold), Run(rejection.Reason)),
        TextBlock(DisplayText.Time(rejection.At), size: "Small", subtle: true),
    ];
}
