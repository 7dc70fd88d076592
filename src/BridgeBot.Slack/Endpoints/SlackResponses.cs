using System.Text.Json.Nodes;
using BridgeBot.Slack.BlockKit;
using Microsoft.AspNetCore.Http;

namespace BridgeBot.Slack.Endpoints;

/// <summary>Writes the synchronous answers Slack reads from an endpoint's HTTP response.</summary>
internal static class SlackResponses
{
    /// <summary>200 with a slash command's private answer.</summary>
    public static Task EphemeralAsync(HttpContext http, SlackMessage message)
    {
        var body = message.ToJson();
        body["response_type"] = "ephemeral";
        return JsonAsync(http, body);
    }

    public static async Task JsonAsync(HttpContext http, JsonObject body)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(SlackJson.Serialize(body), http.RequestAborted).ConfigureAwait(false);
    }
}
