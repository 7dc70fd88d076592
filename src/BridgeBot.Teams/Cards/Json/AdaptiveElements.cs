using System.Text.Json.Nodes;
using BridgeBot.Domain.Text;

namespace BridgeBot.Teams.Cards.Json;

/// <summary>
/// Builders for the Adaptive Card 1.5 elements BridgeBot draws. Two kinds of text exist on purpose:
/// <see cref="TextBlock"/> is markdown-processed by Teams and takes only text BridgeBot wrote itself;
/// <see cref="Rich"/> with <see cref="Run"/>s is never markdown-processed and takes everything a person typed.
/// </summary>
internal static class AdaptiveElements
{
    /// <summary>Static text only: a TextBlock's text is markdown to Teams.</summary>
    public static JsonObject TextBlock(
        string text, string? size = null, string? weight = null, string? color = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        Set(block, "size", size);
        Set(block, "weight", weight);
        Set(block, "color", color);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        Set(block, "spacing", spacing);
        return block;
    }

    /// <summary>A small bold caption above a value.</summary>
    public static JsonObject Label(string text) => TextBlock(text, size: "Small", weight: "Bolder", subtle: true, spacing: "Medium");

    /// <summary>A section heading.</summary>
    public static JsonObject Heading(string text) => TextBlock(text, size: "Medium", weight: "Bolder", spacing: "Medium");

    /// <summary>Text made of runs: safe for anything a person typed.</summary>
    public static JsonObject Rich(params JsonObject[] runs) =>
        new() { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(runs) };

    /// <summary>A run of literal text.</summary>
    public static JsonObject Run(string text, RunStyle style = RunStyle.Plain)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (style.HasFlag(RunStyle.Bold))
        {
            run["weight"] = "Bolder";
        }

        if (style.HasFlag(RunStyle.Subtle))
        {
            run["isSubtle"] = true;
        }

        if (style.HasFlag(RunStyle.Code))
        {
            run["fontType"] = "Monospace";
        }

        if (style.HasFlag(RunStyle.Large))
        {
            run["size"] = "Large";
        }

        return run;
    }

    /// <summary>A container of elements.</summary>
    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, bool separator = false, string? spacing = null)
    {
        var container = new JsonObject { ["type"] = "Container" };
        Set(container, "style", style);
        if (separator)
        {
            container["separator"] = true;
        }

        Set(container, "spacing", spacing);
        container["items"] = Array(items);
        return container;
    }

    /// <summary>Columns side by side.</summary>
    public static JsonObject ColumnSet(params JsonObject[] columns) =>
        new() { ["type"] = "ColumnSet", ["columns"] = new JsonArray(columns) };

    /// <summary>One column; <paramref name="width"/> is <c>stretch</c>, <c>auto</c> or a weight.</summary>
    public static JsonObject Column(IEnumerable<JsonNode> items, string width = "stretch") =>
        new() { ["type"] = "Column", ["width"] = width, ["items"] = Array(items) };

    /// <summary>A table whose first row is a header.</summary>
    public static JsonObject Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<JsonObject>> rows)
    {
        var header = new JsonObject
        {
            ["type"] = "TableRow",
            ["cells"] = Array(headers.Select(text => Cell(TextBlock(text, weight: "Bolder")))),
        };
        var body = rows.Select(cells => (JsonNode)new JsonObject { ["type"] = "TableRow", ["cells"] = Array(cells.Select(Cell)) });
        return new JsonObject
        {
            ["type"] = "Table",
            ["columns"] = Array(headers.Select(_ => (JsonNode)new JsonObject { ["width"] = 1 })),
            ["rows"] = Array(body.Prepend(header)),
        };

        static JsonNode Cell(JsonObject content) => new JsonObject { ["type"] = "TableCell", ["items"] = new JsonArray(content) };
    }

    /// <summary>A Universal Action: an <c>adaptiveCard/action</c> invoke the bot answers with a new card.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb };
        if (data is not null)
        {
            action["data"] = data;
        }

        Set(action, "style", style);
        return action;
    }

    /// <summary>A button that opens <paramref name="url"/> in the browser (or in Teams' own web view).</summary>
    public static JsonObject OpenUrl(string title, Uri url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };

    /// <summary>A button that unfolds a card (a form) under the card.</summary>
    public static JsonObject ShowCard(string title, IEnumerable<JsonNode> body, IEnumerable<JsonNode> actions) =>
        new()
        {
            ["type"] = "Action.ShowCard",
            ["title"] = title,
            ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = Array(body), ["actions"] = Array(actions) },
        };

    /// <summary>A text input; <paramref name="required"/> is the message shown when it is left empty.</summary>
    public static JsonObject InputText(
        string id, string label, string? required = null, bool multiline = false, int? maxLength = null,
        string? placeholder = null, string? value = null)
    {
        var input = Input("Input.Text", id, label, required);
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (maxLength is { } max)
        {
            input["maxLength"] = max;
        }

        Set(input, "placeholder", placeholder);
        Set(input, "value", value);
        return input;
    }

    /// <summary>A date input; values are <c>YYYY-MM-DD</c>.</summary>
    public static JsonObject InputDate(string id, string label, string? required = null, DateOnly? value = null, DateOnly? min = null)
    {
        var input = Input("Input.Date", id, label, required);
        Set(input, "value", value is { } date ? DisplayText.Date(date) : null);
        Set(input, "min", min is { } earliest ? DisplayText.Date(earliest) : null);
        return input;
    }

    /// <summary>A single choice from a list of (title, value) pairs.</summary>
    public static JsonObject ChoiceSet(
        string id, string label, IEnumerable<(string Title, string Value)> choices, string? required = null,
        string? value = null, string? placeholder = null, bool filtered = false)
    {
        var input = Input("Input.ChoiceSet", id, label, required);
        input["choices"] = Array(choices.Select(choice => (JsonNode)new JsonObject { ["title"] = choice.Title, ["value"] = choice.Value }));
        if (filtered)
        {
            input["style"] = "filtered";
        }

        Set(input, "placeholder", placeholder);
        Set(input, "value", value);
        return input;
    }

    /// <summary>Builds a JSON array from nodes that have no parent yet.</summary>
    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    private static JsonObject Input(string type, string id, string label, string? required)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
        if (required is not null)
        {
            input["isRequired"] = true;
            input["errorMessage"] = required;
        }

        return input;
    }

    private static void Set(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
