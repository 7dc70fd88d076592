using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Sections;

/// <summary>
/// Both reasonings side by side, product | project, exactly as visible to this viewer: the view has already
/// hidden what the viewer may not see yet, so this only chooses how each state reads.
/// </summary>
internal static class ReasoningColumns
{
    public static JsonObject Build(ConflictView view)
    {
        var project = Column(Panel(view.Project));
        project["separator"] = true;
        var set = ColumnSet(Column(Panel(view.Product)), project);
        set["separator"] = true;
        set["spacing"] = "Medium";
        return set;
    }

    private static IEnumerable<JsonNode> Panel(ReasoningPanel panel)
    {
        yield return Heading(panel.Role == ManagerRole.Product ? "Product reasoning" : "Project reasoning");
        yield return Rich(Run(panel.Manager.DisplayName, RunStyle.Subtle));
        switch (panel)
        {
            case { Visibility: ReasoningVisibility.Visible, Reasoning: { } reasoning }:
                foreach (var element in Visible(reasoning))
                {
                    yield return element;
                }

                break;
            case { Visibility: ReasoningVisibility.Hidden }:
                yield return TextBlock("Submitted — hidden until both managers have submitted", subtle: true);
                break;
            default:
                yield return Rich(Run("Waiting for ", RunStyle.Subtle), Run(panel.Manager.DisplayName));
                break;
        }
    }

    private static IEnumerable<JsonNode> Visible(Reasoning reasoning)
    {
        yield return Label("If we hold the date and cut scope");
        yield return Rich(Run(reasoning.ImpactIfDateHolds));
        yield return Label("If we move the date");
        yield return Rich(Run(reasoning.ImpactIfDateMoves));
        yield return Label("Affected customers");
        yield return Rich(Run(reasoning.AffectedCustomers));
        yield return Label("Severity");
        yield return TextBlock(reasoning.Severity.ToString());
        yield return Label("Preferred option");
        yield return TextBlock(OptionKindText.Label(reasoning.PreferredOption));
        if (reasoning.Notes.Length > 0)
        {
            yield return Label("Notes");
            yield return Rich(Run(reasoning.Notes));
        }

        yield return TextBlock("Submitted " + DisplayText.Time(reasoning.SubmittedAt), size: "Small", subtle: true);
    }
}
