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
    /// <summary>How many urgent lines the compact card shows.</summary>
    public const int UrgentLines = 3;

    /// <summary>The line a day with nothing to report gets.</summary>
    public const string NothingChanged = "Nothing new since the last digest: no conflict waits for anyone and none was decided.";

    /// <summary>Draws the compact digest.</summary>
    public static JsonObject Render(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var body = new List<JsonNode> { TextBlock("Stand-up digest · " + DigestText.Day(digest.Day), size: "Medium", weight: "Bolder") };
        if (digest.IsEmpty)
        {
            body.Add(TextBlock(NothingChanged, subtle: true));
            return AdaptiveCardDocument.Create(body);
        }

        body.Add(TextBlock(DigestText.Counts(digest), weight: "Bolder", spacing: "Small"));
        body.AddRange(DigestText.Urgent(digest).Take(UrgentLines).Select(line => (JsonNode)Rich(Run("• "), Run(line))));
        body.Add(TextBlock("Details in the replies to this message.", subtle: true, size: "Small"));
        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body), ConflictCard.ShortenedNote);
    }
}
