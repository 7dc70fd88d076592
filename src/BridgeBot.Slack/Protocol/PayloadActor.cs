using System.Text.Json.Nodes;

namespace BridgeBot.Slack.Protocol;

/// <summary>Who sent an interaction payload and from which workspace (<c>team.id</c>, else <c>user.team_id</c>).</summary>
/// <param name="TeamId">The workspace.</param>
/// <param name="UserId">The person.</param>
/// <param name="UserName">Their name as the payload gives it.</param>
internal sealed record PayloadActor(string TeamId, string UserId, string? UserName)
{
    public static PayloadActor? From(JsonObject payload) =>
        (JsonPath.Text(payload, "team", "id") ?? JsonPath.Text(payload, "user", "team_id")) is { } team && JsonPath.Text(payload, "user", "id") is { } user
            ? new PayloadActor(team, user, JsonPath.Text(payload, "user", "name") ?? JsonPath.Text(payload, "user", "username"))
            : null;
}
