using BridgeBot.Domain.Ports;
using BridgeBot.Slack.Background;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Digests;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Home;
using BridgeBot.Slack.Hosting;
using BridgeBot.Slack.Installations;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Retrospectives;
using BridgeBot.Slack.Signing;
using BridgeBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BridgeBot.Slack;

/// <summary>Registers the Slack app: signing, the Web API, the work backlog, handlers, delivery and OAuth installs.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Adds Slack when any <c>Slack</c> credential is configured (a partial configuration then stops the start-up, naming
    /// the key). Without one Slack is off, and <c>MapSlackEndpoints</c> maps nothing and says so.
    /// </summary>
    public static IHostApplicationBuilder AddBridgeBotSlack(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Configuration.GetSection(SlackOptions.Section).Get<SlackOptions>()?.IsConfigured == true;
        if (configured)
        {
            builder.Services.AddSlack(builder.Configuration);
        }

        return builder;
    }

    /// <summary>Everything the Slack endpoints need; the domain's ports and <c>CommandRouter</c> come from the host.</summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSlackApi(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackBacklog>();
        services.AddSingleton<RecentDeliveries>();
        services.AddHostedService<SlackWorkService>();
        services.AddSingleton<SlackTokens>();
        services.AddSingleton<SlackDirectory>();
        services.AddSingleton<SlackTurns>();
        services.AddSingleton<SlackConversations>();
        services.AddSingleton<SlackResponder>();
        services.AddSingleton<SlackConflictPublisher>();
        services.AddSingleton<IDigestPublisher, SlackDigestPublisher>();
        services.AddSingleton<IRetrospectivePublisher, SlackRetrospectivePublisher>();
        services.AddSingleton<SlackReplyDelivery>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<SlackEventsHandler>();
        services.AddSingleton<HomeTabPublisher>();
        services.AddSingleton<CommandButtonHandler>();
        services.AddSingleton<PromptButtonHandler>();
        services.AddSingleton<RetrospectiveButtonHandler>();
        services.AddSingleton<ModalSubmissionHandler>();
        services.AddSingleton<SlackInteractionRouter>();
        services.AddSingleton<OAuthState>();
        services.AddSingleton<OAuthInstaller>();
        return services;
    }
}
