using System.Text.Json.Nodes;

namespace BridgeBot.Slack.BlockKit;

/// <summary>Interactive elements: buttons and the inputs of modals.</summary>
public static class Elements
{
    /// <summary>The action id of every input element; the block id says which field it is.</summary>
    public const string InputActionId = "value";

    public static JsonObject Button(string text, string actionId, string value, string? style = null)
    {
        if (value.Length > BlockKitLimits.ButtonValue || actionId.Length > BlockKitLimits.ActionId)
        {
            throw new ArgumentException($"A button's value is at most {BlockKitLimits.ButtonValue} characters and its action id {BlockKitLimits.ActionId}.");
        }

        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = Texts.Plain(text, BlockKitLimits.ButtonText),
            ["action_id"] = actionId,
            ["value"] = value,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    /// <summary>A button that opens <paramref name="url"/>; Slack still sends its click, which is acknowledged and ignored.</summary>
    public static JsonObject LinkButton(string text, string actionId, Uri url)
    {
        var link = url.AbsoluteUri;
        if (link.Length > BlockKitLimits.ButtonUrl || actionId.Length > BlockKitLimits.ActionId)
        {
            throw new ArgumentException($"A button's url is at most {BlockKitLimits.ButtonUrl} characters and its action id {BlockKitLimits.ActionId}.");
        }

        return new JsonObject
        {
            ["type"] = "button",
            ["text"] = Texts.Plain(text, BlockKitLimits.ButtonText),
            ["action_id"] = actionId,
            ["url"] = link,
        };
    }

    public static JsonObject TextInput(int maxLength, string? initial = null, bool multiline = false, string? placeholder = null)
    {
        var input = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = InputActionId,
            ["multiline"] = multiline,
            ["max_length"] = Math.Min(maxLength, BlockKitLimits.PlainTextInput),
        };
        if (!string.IsNullOrEmpty(initial))
        {
            input["initial_value"] = Texts.Cut(initial, Math.Min(maxLength, BlockKitLimits.PlainTextInput));
        }

        if (placeholder is not null)
        {
            input["placeholder"] = Texts.Plain(placeholder, BlockKitLimits.Placeholder);
        }

        return input;
    }

    public static JsonObject DatePicker(DateOnly? initial = null)
    {
        var picker = new JsonObject { ["type"] = "datepicker", ["action_id"] = InputActionId };
        if (initial is { } date)
        {
            picker["initial_date"] = Domain.Text.DisplayText.Date(date);
        }

        return picker;
    }

    public static JsonObject UserSelect(string? initialUserId = null)
    {
        var select = new JsonObject { ["type"] = "users_select", ["action_id"] = InputActionId };
        if (initialUserId is not null)
        {
            select["initial_user"] = initialUserId;
        }

        return select;
    }

    /// <summary>A single choice from <paramref name="options"/> (value, label); <paramref name="initial"/> is a value.</summary>
    public static JsonObject Select(IReadOnlyList<(string Value, string Label)> options, string? initial = null)
    {
        var select = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = InputActionId,
            ["options"] = new JsonArray([.. options.Select(option => (JsonNode)Option(option.Value, option.Label))]),
        };
        if (options.FirstOrDefault(option => option.Value == initial) is { Value: not null } chosen)
        {
            select["initial_option"] = Option(chosen.Value, chosen.Label);
        }

        return select;
    }

    private static JsonObject Option(string value, string label) => new()
    {
        ["text"] = Texts.Plain(label, BlockKitLimits.OptionText),
        ["value"] = value,
    };
}
