using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Slack.BlockKit;
using Microsoft.AspNetCore.Http;

namespace BridgeBot.Slack.Endpoints;

/// <summary>Writes the synchronous answers Slack reads from an endpoint's HTTP response.</summary>
internal static class SlackResponses
{
    /// <summary>
    /// 200 with a slash command's private answer, written straight to the response as UTF-8 (the message's fields and
    /// <c>response_type</c>, without copying the blocks or making a string first).
    /// </summary>
    public static async Task EphemeralAsync(HttpContext http, SlackMessage message)
    {
        StartJson(http);
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, SlackJson.CompactWriting))
        {
            writer.WriteStartObject();
            message.WriteFields(writer);
            writer.WriteString("response_type", "ephemeral");
            writer.WriteEndObject();
        }

        await http.Response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    public static async Task JsonAsync(HttpContext http, JsonObject body)
    {
        StartJson(http);
        await http.Response.WriteAsync(SlackJson.Serialize(body), http.RequestAborted).ConfigureAwait(false);
    }

    private static void StartJson(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
    }
}
