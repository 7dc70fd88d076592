using BridgeBot.Slack.Background;
using BridgeBot.Slack.Endpoints;
using BridgeBot.Slack.Installations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack;

/// <summary>Maps the Slack endpoints: the slash command, interactivity, events, and the OAuth install pair.</summary>
public static partial class SlackEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<SlackBacklog>() is null)
        {
            var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("BridgeBot.Slack");
            LogOff(logger);
            return endpoints;
        }

        var limit = new RequestSizeLimitAttribute(SlackRequestReader.MaxBodyBytes);
        var backlog = endpoints.ServiceProvider.GetRequiredService<SlackBacklog>();
        endpoints.MapPost(SlashCommandEndpoint.Route, SlashCommandEndpoint.HandleAsync).WithMetadata(limit).AddEndpointFilter(Noted);
        endpoints.MapPost(InteractionsEndpoint.Route, InteractionsEndpoint.HandleAsync).WithMetadata(limit).AddEndpointFilter(Noted);
        endpoints.MapPost(EventsEndpoint.Route, EventsEndpoint.HandleAsync).WithMetadata(limit).AddEndpointFilter(Noted);
        endpoints.MapGet(InstallEndpoints.InstallRoute, InstallEndpoints.Install);
        endpoints.MapGet(InstallEndpoints.CallbackRoute, InstallEndpoints.CallbackAsync);
        return endpoints;

        // Queued work holds back while requests keep arriving (SlackBacklog.HoldBackWhileBusyAsync).
        ValueTask<object?> Noted(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            backlog.NoteRequest();
            return next(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack is off: Slack:SigningSecret is not set, so /api/slack/* is not mapped")]
    private static partial void LogOff(ILogger logger);
}
