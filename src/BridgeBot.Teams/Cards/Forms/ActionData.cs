using System.Text.Json.Nodes;
using BridgeBot.Domain.Views;

namespace BridgeBot.Teams.Cards.Forms;

/// <summary>The <c>data</c> of a conflict action: which conflict, drawn from which version, about which proposal.</summary>
internal static class ActionData
{
    public static JsonObject For(ConflictView view, int? proposal = null)
    {
        var data = new JsonObject { [CardDataKeys.ConflictId] = view.Id.ToString(), [CardDataKeys.Version] = view.Version };
        if (proposal is { } number)
        {
            data[CardDataKeys.Proposal] = number;
        }

        return data;
    }
}
