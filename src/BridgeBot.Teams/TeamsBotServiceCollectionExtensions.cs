using BridgeBot.Domain.Ports;
using BridgeBot.Teams.Delivery;
using BridgeBot.Teams.Digests;
using BridgeBot.Teams.Retrospectives;
using BridgeBot.Teams.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BridgeBot.Teams;

/// <summary>Registers the Teams bot: the protocol edge, turn handlers and card delivery.</summary>
public static class TeamsBotServiceCollectionExtensions
{
    /// <summary>Adds everything <c>/api/messages</c> needs; the host maps it with <c>MapTeamsMessages</c>.</summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTeamsProtocol(configuration);
        services.AddSingleton<TeamsConversations>();
        services.AddSingleton<TeamsPeople>();
        services.AddSingleton<ConflictCardPublisher>();
        services.AddSingleton<IDigestPublisher, TeamsDigestPublisher>();
        services.AddSingleton<IRetrospectivePublisher, TeamsRetrospectivePublisher>();
        services.AddSingleton<MessageTurnHandler>();
        services.AddSingleton<CardActionTurnHandler>();
        services.AddSingleton<ConversationTurnHandler>();
        services.AddSingleton<TeamsActivityProcessor>();
        return services;
    }

    /// <summary>Adds the Teams bot to a host, configured from the host's configuration.</summary>
    public static IHostApplicationBuilder AddBridgeBotTeams(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTeamsBot(builder.Configuration);
        return builder;
    }
}
