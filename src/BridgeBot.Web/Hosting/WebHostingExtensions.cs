using BridgeBot.Domain.Ports;
using BridgeBot.Web.Links;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BridgeBot.Web.Hosting;

/// <summary>Registers the decision-log page's options and its link signer.</summary>
public static class WebHostingExtensions
{
    /// <summary>Adds the options (validated at start-up) and the signer behind <see cref="ILogLinkIssuer"/>.</summary>
    public static IHostApplicationBuilder AddBridgeBotWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        builder.Services.AddSingleton<LogLinkSigner>();
        builder.Services.AddSingleton<ILogLinkIssuer>(provider => provider.GetRequiredService<LogLinkSigner>());
        return builder;
    }
}
