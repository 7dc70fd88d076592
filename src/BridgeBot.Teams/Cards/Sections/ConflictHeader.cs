using System.Text.Json.Nodes;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Sections;

/// <summary>Release, id, state badge, deadline, scope at risk, the people, and the status line.</summary>
internal static class ConflictHeader
{
    public static IEnumerable<JsonNode> Build(ConflictView view) =>
    [
        ColumnSet(
            Column([
                Rich(Run(view.Release, RunStyle.Bold | RunStyle.Large)),
                TextBlock($"{view.Id} · release conflict", subtle: true, spacing: "None"),
            ]),
            Column([Badge(view)], width: "auto")),
        TextBlock(DisplayText.Deadline(view.Deadline, view.DaysToDeadline, view.OriginalDeadline), weight: "Bolder"),
        Label("Scope at risk"),
        Rich(Run(string.Join(", ", view.ScopeAtRisk))),
        Managers(view),
        Rich(Run("Opened by ", RunStyle.Subtle), Run(view.OpenedBy.DisplayName), Run(" · " + DisplayText.Time(view.OpenedAt), RunStyle.Subtle)),
        Status(view),
    ];

    /// <summary>"Product manager Ana · project manager Ben".</summary>
    public static JsonObject Managers(ConflictView view) => Rich(
        Run("Product manager ", RunStyle.Subtle), Run(view.ProductManager.DisplayName),
        Run(" · project manager ", RunStyle.Subtle), Run(view.ProjectManager.DisplayName));

    /// <summary>The view's status line, set off from the rest.</summary>
    public static JsonObject Status(ConflictView view) =>
        Container([Rich(Run(view.StatusLine, RunStyle.Bold))], style: "emphasis", spacing: "Medium");

    private static JsonObject Badge(ConflictView view) =>
        Container([TextBlock(DisplayText.State(view.State), weight: "Bolder")], style: CardFormat.StateStyle(view.State));
}
