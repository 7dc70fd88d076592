using BridgeBot.Teams.Authentication;
using BridgeBot.Teams.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Teams;

public static class TeamsProtocolServiceCollectionExtensions
{
    /// <summary>The Bot Framework channel edge: bot options, inbound authentication and the connector client.</summary>
    public static IServiceCollection AddTeamsProtocol(this IServiceCollection services, IConfiguration configuration) =>
        services.AddTeamsAuthentication(configuration).AddTeamsConnector(configuration);
}
