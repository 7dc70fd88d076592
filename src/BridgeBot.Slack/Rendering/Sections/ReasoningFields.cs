using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Rendering.Sections;

/// <summary>
/// Both reasonings side by side (two section fields), exactly as visible to this viewer: the view has already hidden
/// what the viewer may not see yet, so this only chooses how each state reads. Each side keeps to one field's limit,
/// its answers sharing the room.
/// </summary>
internal static class ReasoningFields
{
    // Room for labels, the manager and the severity line within one field.
    private const int AnswersBudget = BlockKitLimits.FieldText - 400;

    public static JsonObject Build(ConflictView view, BlockList list) =>
        Blocks.Fields([Panel(view.Product, list), Panel(view.Project, list)]);

    private static string Panel(ReasoningPanel panel, BlockList list)
    {
        var title = Mrkdwn.Bold(panel.Role == ManagerRole.Product ? "Product reasoning" : "Project reasoning") + " · " + Mrkdwn.User(panel.Manager);
        return panel switch
        {
            { Visibility: ReasoningVisibility.Visible, Reasoning: { } reasoning } => title + "\n" + Visible(reasoning, list),
            { Visibility: ReasoningVisibility.Hidden } => title + "\n_Submitted — hidden until both managers have submitted._",
            _ => title + "\n_Waiting for " + Mrkdwn.User(panel.Manager) + "._",
        };
    }

    private static string Visible(Reasoning reasoning, BlockList list)
    {
        var answers = list.FitAll([reasoning.ImpactIfDateHolds, reasoning.ImpactIfDateMoves, reasoning.AffectedCustomers, reasoning.Notes], AnswersBudget);
        var lines = new List<string>
        {
            Mrkdwn.Bold("If we hold the date and cut scope:") + " " + answers[0],
            Mrkdwn.Bold("If we move the date:") + " " + answers[1],
            Mrkdwn.Bold("Affected customers:") + " " + answers[2],
            Mrkdwn.Bold("Severity:") + " " + reasoning.Severity + " · " + Mrkdwn.Bold("Prefers:") + " " + OptionKindText.Label(reasoning.PreferredOption),
        };
        if (answers[3].Length > 0)
        {
            lines.Add(Mrkdwn.Bold("Notes:") + " " + answers[3]);
        }

        return string.Join("\n", lines);
    }
}
