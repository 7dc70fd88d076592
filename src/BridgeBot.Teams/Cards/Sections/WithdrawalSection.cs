using System.Text.Json.Nodes;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Sections;

/// <summary>Who withdrew the conflict, when and why.</summary>
internal static class WithdrawalSection
{
    public static IEnumerable<JsonNode> Build(ConflictView view)
    {
        if (view.Withdrawal is not { } withdrawal)
        {
            yield break;
        }

        yield return Container(
            [
                Rich(Run("Withdrawn by ", RunStyle.Subtle), Run(withdrawal.By.DisplayName), Run(" · " + DisplayText.Time(withdrawal.At), RunStyle.Subtle)),
                Label("Why"),
                Rich(Run(withdrawal.Reason)),
            ],
            separator: true, spacing: "Medium");
    }
}
