using System.Text.Json.Nodes;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Sections;

/// <summary>To whom the conflict is escalated, by whom, and why.</summary>
internal static class EscalationSection
{
    public static IEnumerable<JsonNode> Build(ConflictView view)
    {
        if (view.Escalation is not { } escalation)
        {
            yield break;
        }

        var who = escalation.Automatic
            ? Rich(Run("Escalated automatically to ", RunStyle.Subtle), Run(escalation.To.DisplayName, RunStyle.Bold))
            : Rich(Run("Escalated to ", RunStyle.Subtle), Run(escalation.To.DisplayName, RunStyle.Bold),
                Run(" by ", RunStyle.Subtle), Run(escalation.By.DisplayName));
        yield return Container(
            [who, Label("Why"), Rich(Run(escalation.Reason)), TextBlock(DisplayText.Time(escalation.At), size: "Small", subtle: true)],
            style: "attention", separator: true, spacing: "Medium");
    }
}
