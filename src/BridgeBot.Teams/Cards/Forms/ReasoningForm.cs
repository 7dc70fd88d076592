using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Forms;

/// <summary>
/// The customer-impact reasoning form, with inputs named by <see cref="ReasoningInput.Fields"/>. A manager
/// revising their reasoning finds it filled in with what they wrote, which the view shows them anyway.
/// </summary>
internal static class ReasoningForm
{
    public static IEnumerable<JsonNode> Inputs(ConflictView view, ManagerRole role)
    {
        var panel = role == ManagerRole.Product ? view.Product : view.Project;
        var current = panel.Visibility == ReasoningVisibility.Visible ? panel.Reasoning : null;
        return
        [
            TextBlock($"Your reasoning as {DisplayText.Role(role)}, in customer terms. Both reasonings show once both managers have submitted.", subtle: true),
            InputText(ReasoningInput.Fields.ImpactIfDateHolds, "If we hold the date and ship without the scope at risk, what do customers lose?",
                required: "Say what customers lose if the date holds.", multiline: true, maxLength: ConflictLimits.LongText,
                value: current?.ImpactIfDateHolds),
            InputText(ReasoningInput.Fields.ImpactIfDateMoves, "If we move the date, what do customers lose?",
                required: "Say what customers lose if the date moves.", multiline: true, maxLength: ConflictLimits.LongText,
                value: current?.ImpactIfDateMoves),
            InputText(ReasoningInput.Fields.AffectedCustomers, "Which customers are affected?",
                required: "Say which customers are affected.", multiline: true, maxLength: ConflictLimits.LongText,
                value: current?.AffectedCustomers),
            ChoiceSet(ReasoningInput.Fields.Severity, "How badly are they hurt?", ChoiceLists.Severities,
                required: "Choose a severity.", value: current is null ? null : ChoiceLists.SeverityValue(current.Severity)),
            ChoiceSet(ReasoningInput.Fields.PreferredOption, "Which option do you prefer?", ChoiceLists.OptionKinds,
                required: "Choose the option you prefer.", value: current is null ? null : OptionKindText.Keyword(current.PreferredOption)),
            InputText(ReasoningInput.Fields.Notes, "Notes (optional)", multiline: true, maxLength: ConflictLimits.LongText,
                value: string.IsNullOrEmpty(current?.Notes) ? null : current.Notes),
        ];
    }

    public static JsonObject Submit(ConflictView view) =>
        Execute("Submit reasoning", CardVerbs.SubmitReasoning, ActionData.For(view), style: "positive");
}
