using System.Text.Json.Nodes;

namespace BridgeBot.Slack.BlockKit;

/// <summary>
/// Collects a message's blocks and remembers whether any text had to be shortened, so the message can say so once.
/// It never returns more blocks than Slack takes.
/// </summary>
public sealed class BlockList
{
    public const string ShortenedNote = "Some long texts are shortened (…) to fit a Slack message.";

    private readonly List<JsonObject> blocks = [];

    public bool Shortened { get; private set; }

    public int Count => blocks.Count;

    /// <summary>Escapes and fits one text (see <see cref="Mrkdwn.Fit(string?, int, out bool)"/>).</summary>
    public string Fit(string? text, int max)
    {
        var fitted = Mrkdwn.Fit(text, max, out var cut);
        Shortened |= cut;
        return fitted;
    }

    /// <summary>Escapes and fits several texts into one budget (see <see cref="Mrkdwn.FitAll"/>).</summary>
    public IReadOnlyList<string> FitAll(IReadOnlyList<string?> texts, int budget)
    {
        var fitted = Mrkdwn.FitAll(texts, budget, out var cut);
        Shortened |= cut;
        return fitted;
    }

    public BlockList Add(JsonObject block)
    {
        blocks.Add(block);
        return this;
    }

    public BlockList AddRange(IEnumerable<JsonObject> more)
    {
        blocks.AddRange(more);
        return this;
    }

    /// <summary>The blocks, at most <paramref name="maxBlocks"/> with the notes on what was shortened or left out.</summary>
    public JsonArray ToArray(int maxBlocks = BlockKitLimits.MessageBlocks)
    {
        var notes = new List<string>();
        if (Shortened)
        {
            notes.Add(ShortenedNote);
        }

        var room = maxBlocks - (notes.Count > 0 || blocks.Count > maxBlocks ? 1 : 0);
        var kept = blocks.Take(room).ToList();
        if (blocks.Count > room)
        {
            notes.Add($"{blocks.Count - room} more parts are left out to fit a Slack message.");
        }

        if (notes.Count > 0)
        {
            kept.Add(Blocks.Context([.. notes.Select(Mrkdwn.Escape)]));
        }

        return new JsonArray([.. kept.Select(block => (JsonNode)block)]);
    }

    /// <summary>The message with <paramref name="fallback"/> (plain text, escaped here) as its text.</summary>
    public SlackMessage ToMessage(string fallback) => new(Mrkdwn.Fit(fallback, BlockKitLimits.MessageText), ToArray());
}
