using System.Text.Json.Nodes;

namespace BridgeBot.Slack.Protocol;

/// <summary>An Events API request: <c>url_verification</c> or an <c>event_callback</c> envelope (PROTOCOLS §3.4).</summary>
/// <param name="Type">The envelope type.</param>
/// <param name="Challenge">For <c>url_verification</c>, what to echo.</param>
/// <param name="TeamId">The workspace.</param>
/// <param name="EventId">Unique per event, the same on every retry.</param>
/// <param name="BotUserId">The bot's own user id in the workspace (from <c>authorizations</c>), to strip its mention.</param>
/// <param name="Event">The event.</param>
public sealed record EventEnvelope(string Type, string? Challenge, string? TeamId, string? EventId, string? BotUserId, SlackEvent? Event)
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";

    public static EventEnvelope? From(JsonObject body)
    {
        if (JsonPath.Text(body, "type") is not { } type)
        {
            return null;
        }

        var authorization = JsonPath.First(body, "authorizations");
        var item = JsonPath.Object(body, "event");
        var slackEvent = JsonPath.Text(item, "type") is { } eventType
            ? new SlackEvent(eventType, JsonPath.Text(item, "user"), JsonPath.Text(item, "text"), JsonPath.Text(item, "channel"),
                JsonPath.Text(item, "ts"), JsonPath.Text(item, "bot_id"), JsonPath.Text(item, "subtype"), JsonPath.Text(item, "tab"))
            : null;
        return new EventEnvelope(type, JsonPath.Text(body, "challenge"), JsonPath.Text(body, "team_id"), JsonPath.Text(body, "event_id"),
            JsonPath.Text(authorization, "user_id"), slackEvent);
    }
}
