using System.Globalization;
using System.Text.Json.Nodes;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Protocol;

/// <summary>
/// A modal's <c>view.state.values</c>: <c>{block_id: {action_id: {type, value | selected_date | selected_user |
/// selected_option}}}</c>. Every input of BridgeBot's modals has the action id <see cref="Elements.InputActionId"/>.
/// </summary>
public sealed class ViewState(JsonObject values)
{
    /// <summary>The text of a plain_text_input; null when empty.</summary>
    public string? Text(string blockId) => JsonPath.Text(Input(blockId), "value");

    /// <summary>The value of a static_select's chosen option.</summary>
    public string? Option(string blockId) => JsonPath.Text(Input(blockId), "selected_option", "value");

    /// <summary>The user chosen in a users_select.</summary>
    public string? User(string blockId) => JsonPath.Text(Input(blockId), "selected_user");

    /// <summary>A datepicker's date; null when none was picked or it is not a date.</summary>
    public DateOnly? Date(string blockId) =>
        DateOnly.TryParseExact(JsonPath.Text(Input(blockId), "selected_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private JsonObject? Input(string blockId) => JsonPath.Object(values, blockId, Elements.InputActionId);
}
