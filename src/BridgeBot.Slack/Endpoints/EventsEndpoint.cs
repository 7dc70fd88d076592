using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Slack.Background;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Endpoints;

/// <summary>
/// <c>POST /api/slack/events</c>: answers <c>url_verification</c> with its challenge, and acknowledges each
/// <c>event_callback</c> at once, queuing its work. Slack retries an event (<c>X-Slack-Retry-Num</c>) when an answer
/// is slow; the same <c>event_id</c> is taken only once. When the backlog is full the answer is 503, so Slack retries later.
/// </summary>
internal static partial class EventsEndpoint
{
    public const string Route = "/api/slack/events";

    public static async Task HandleAsync(
        HttpContext http, SlackSignatureVerifier verifier, RecentDeliveries recent, SlackBacklog backlog, SlackEventsHandler handler, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(EventsEndpoint));
        if (await SlackRequestReader.ReadVerifiedAsync(http, verifier, logger).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (Envelope(body) is not { } envelope)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        if (envelope.Type == EventEnvelope.UrlVerification)
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(envelope.Challenge ?? string.Empty, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (envelope.Type != EventEnvelope.EventCallback || envelope.Event is null)
        {
            return;
        }

        var claim = "event:" + (envelope.EventId ?? string.Empty);
        if (envelope.EventId is not null && !recent.TryClaim(claim))
        {
            var headers = http.Request.Headers;
            string? retryNum = headers["X-Slack-Retry-Num"], retryReason = headers["X-Slack-Retry-Reason"];
            LogRetryDropped(logger, envelope.EventId, retryNum, retryReason);
            return;
        }

        if (!backlog.TryEnqueue(new SlackWorkItem("event " + envelope.Event.Type, envelope.TeamId, ct => handler.HandleAsync(envelope, ct))))
        {
            recent.Release(claim);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }

    private static EventEnvelope? Envelope(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject json ? EventEnvelope.From(json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Acknowledged Slack's retry {RetryNum} ({RetryReason}) of event {EventId}, taken before")]
    private static partial void LogRetryDropped(ILogger logger, string eventId, string? retryNum, string? retryReason);
}
