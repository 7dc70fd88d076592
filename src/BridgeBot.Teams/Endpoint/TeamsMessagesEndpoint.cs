using System.Text.Json;
using BridgeBot.Teams.Authentication;
using BridgeBot.Teams.Protocol;
using BridgeBot.Teams.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Endpoint;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework messaging endpoint. The edge owns the protocol: the body is
/// size-limited, parsed, and authenticated (401, nothing processed) before any handler sees the activity.
/// </summary>
public static partial class TeamsMessagesEndpoint
{
    /// <summary>The route.</summary>
    public const string Route = "/api/messages";

    /// <summary>The largest activity accepted; Teams activities (card inputs included) are far smaller.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the endpoint (and a HEAD probe that emulators send before the first message).</summary>
    public static IEndpointRouteBuilder MapTeamsMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes));
        endpoints.MapMethods(Route, ["HEAD"], () => Results.Ok());
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext http,
        BotFrameworkAuthenticator authenticator,
        IServiceUrlTrust trust,
        TeamsActivityProcessor processor,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TeamsMessagesEndpoint));
        var cancellationToken = http.RequestAborted;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Activity? activity;
        try
        {
            // Read whole (the limit above bounds it) so that invalid UTF-8 is refused here, not found later in a payload.
            // Sized from Content-Length when it is sent (the limit above bounds it): no copies while it grows.
            using var body = new MemoryStream(http.Request.ContentLength is > 0 and var length ? (int)length : 0);
            await http.Request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
            if (!System.Text.Unicode.Utf8.IsValid(body.GetBuffer().AsSpan(0, (int)body.Length)))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            activity = JsonSerializer.Deserialize<Activity>(body.GetBuffer().AsSpan(0, (int)body.Length), ProtocolJson.Options);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        catch (JsonException)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (activity?.Type is not { Length: > 0 })
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var authentication = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, cancellationToken)
            .ConfigureAwait(false);
        if (!authentication.IsAuthenticated)
        {
            LogRejected(logger, activity.Type, authentication.Failure?.ToString(), authentication.FailureReason);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (activity.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            trust.Trust(serviceUrl);
        }

        var result = await processor.ProcessAsync(activity, cancellationToken).ConfigureAwait(false);
        http.Response.StatusCode = result.Status;
        if (result.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, result.Body, result.Body.GetType(), ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a {Type} activity: {Failure} {Reason}")]
    private static partial void LogRejected(ILogger logger, string type, string? failure, string? reason);
}
