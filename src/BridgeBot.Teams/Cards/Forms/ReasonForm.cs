using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Forms;

/// <summary>A button that unfolds one required reason and a button that sends it: reject, escalate, withdraw, reopen.</summary>
internal static class ReasonForm
{
    public static JsonObject Button(string title, string inputId, string question, string missing, string verb, JsonObject data, string? style = null) =>
        ShowCard(
            title,
            [InputText(inputId, question, required: missing, multiline: true, maxLength: ConflictLimits.Reason)],
            [Execute(title, verb, data, style)]);
}
