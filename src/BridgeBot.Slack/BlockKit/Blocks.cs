using System.Text.Json.Nodes;

namespace BridgeBot.Slack.BlockKit;

/// <summary>Layout blocks. Mrkdwn arguments are escaped and fitted by the caller (see <see cref="Mrkdwn"/>).</summary>
public static class Blocks
{
    public static JsonObject Header(string text) => new() { ["type"] = "header", ["text"] = Texts.Plain(text, BlockKitLimits.HeaderText) };

    public static JsonObject Section(string mrkdwn, string? blockId = null)
    {
        var section = new JsonObject { ["type"] = "section", ["text"] = Texts.Mrkdwn(mrkdwn) };
        if (blockId is not null)
        {
            section["block_id"] = blockId;
        }

        return section;
    }

    /// <summary>A section of fields, drawn two to a row (side by side).</summary>
    public static JsonObject Fields(IEnumerable<string> mrkdwnFields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. mrkdwnFields.Take(BlockKitLimits.SectionFields).Select(field => (JsonNode)Texts.Mrkdwn(field))]),
    };

    public static JsonObject Context(params string[] mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. mrkdwn.Take(BlockKitLimits.ContextElements).Select(text => (JsonNode)Texts.Mrkdwn(text))]),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(string blockId, IEnumerable<JsonObject> elements) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray([.. elements.Take(BlockKitLimits.ActionsElements)]),
    };

    /// <summary>An input block of a modal; its <paramref name="blockId"/> is the field name refusals use.</summary>
    public static JsonObject Input(string blockId, string label, JsonObject element, bool optional = false, string? hint = null)
    {
        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = blockId,
            ["label"] = Texts.Plain(label, BlockKitLimits.InputLabel),
            ["element"] = element,
            ["optional"] = optional,
        };
        if (hint is not null)
        {
            input["hint"] = Texts.Plain(hint, BlockKitLimits.InputLabel);
        }

        return input;
    }
}
