using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>The workspace's open conflicts: id, release, deadline, state and who each one waits for.</summary>
public static class ConflictListCard
{
    /// <summary>More rows than this would not fit one card; the rest are counted.</summary>
    public const int MaxRows = 40;

    /// <summary>Draws the list in the reply's order (soonest deadline first).</summary>
    public static JsonObject Render(ConflictListReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new List<JsonNode> { TextBlock("Open release conflicts", size: "Large", weight: "Bolder") };
        if (reply.Conflicts.Count == 0)
        {
            body.Add(Rich(Run("No open conflicts. Open one with "), Run("open", RunStyle.Code), Run(".")));
            return AdaptiveCardDocument.Create(body);
        }

        body.AddRange(reply.Conflicts.Take(MaxRows).Select(conflict => (JsonNode)Row(conflict, reply.Today)));
        if (reply.Conflicts.Count > MaxRows)
        {
            body.Add(TextBlock($"… and {DisplayText.Number(reply.Conflicts.Count - MaxRows)} more.", subtle: true));
        }

        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body), ConflictCard.ShortenedNote);
    }

    private static JsonObject Row(ReleaseConflict conflict, DateOnly today)
    {
        var days = conflict.Deadline.DayNumber - today.DayNumber;
        var waiting = ConflictViewBuilder.WaitingOn(conflict).Select(pending => pending.Who).Distinct().ToArray();
        var items = new List<JsonNode>
        {
            Rich(Run(conflict.Id + "  ", RunStyle.Bold), Run(conflict.Release, RunStyle.Bold)),
            TextBlock($"{DisplayText.State(conflict.State)} · due {DisplayText.Date(conflict.Deadline)} ({DisplayText.DaysLeft(days)})",
                subtle: true, spacing: "None"),
        };
        if (waiting.Length > 0)
        {
            items.Add(Rich(Run("Waiting for ", RunStyle.Subtle), Run(DisplayText.Names(waiting))));
        }

        return Container(items, separator: true);
    }
}
