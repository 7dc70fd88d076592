using System.Text.Json.Nodes;
using BridgeBot.Domain.Digests;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The compact digest posted in the channel: the counts and the few most urgent lines. The details go in its reply
/// chain (<see cref="DigestDetailsCard"/>), so the channel stays short.
/// </summary>
public static class DigestCard
{
    /// <summary>Draws the compact digest.</summary>
    public static JsonObject Render(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var body = new List<JsonNode> { TextBlock(DigestText.Title(digest.Day), size: "Medium", weight: "Bolder") };
        if (digest.IsEmpty)
        {
            body.Add(TextBlock(DigestText.NothingChanged, subtle: true));
            return AdaptiveCardDocument.Create(body);
        }

        body.Add(TextBlock(DigestText.Counts(digest), weight: "Bolder", spacing: "Small"));
        body.AddRange(DigestText.Urgent(digest).Take(DigestText.UrgentLines).Select(line => (JsonNode)Rich(Run("• "), Run(line))));
        body.Add(TextBlock("Details in the replies to this message.", subtle: true, size: "Small"));
        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body), ConflictCard.ShortenedNote);
    }
}
