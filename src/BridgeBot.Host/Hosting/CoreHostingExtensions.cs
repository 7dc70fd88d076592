using BridgeBot.Domain.Application;
using BridgeBot.Domain.Ports;

namespace BridgeBot.Host.Hosting;

/// <summary>Registers the channel-neutral core: the clock, the conflict and digest services and the command router
/// (which takes the decision-log page's link issuer from <c>AddBridgeBotWeb</c>).</summary>
public static class CoreHostingExtensions
{
    /// <summary>Adds the core services; storage provides the ports they use.</summary>
    public static IHostApplicationBuilder AddBridgeBotCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ConflictService>();
        builder.Services.AddSingleton<DigestService>();
        builder.Services.AddSingleton(provider => CommandRouter.Create(
            provider.GetRequiredService<ConflictService>(),
            provider.GetRequiredService<DigestService>(),
            provider.GetRequiredService<ILogLinkIssuer>()));
        return builder;
    }
}
