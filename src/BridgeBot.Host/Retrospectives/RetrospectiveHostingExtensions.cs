using BridgeBot.Domain.Conflicts.Retrospectives;
using Microsoft.Extensions.Options;

namespace BridgeBot.Host.Retrospectives;

/// <summary>Registers the retrospective policy and scheduler.</summary>
public static class RetrospectiveHostingExtensions
{
    /// <summary>
    /// Adds the policy (<see cref="RetrospectiveOptions.DelayDays"/>, which the <c>retro</c> command obeys too) and, when
    /// <see cref="RetrospectiveOptions.Enabled"/>, the scheduler, with validated options.
    /// </summary>
    public static IHostApplicationBuilder AddBridgeBotRetrospectives(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetrospectiveOptions>().BindConfiguration(RetrospectiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(provider => new RetrospectivePolicy(provider.GetRequiredService<IOptions<RetrospectiveOptions>>().Value.DelayDays));
        builder.Services.AddSingleton<RetrospectivePublishers>();
        builder.Services.AddSingleton<RetrospectiveRunner>();
        if (builder.Configuration.GetValue(RetrospectiveOptions.Section + ":" + nameof(RetrospectiveOptions.Enabled), true))
        {
            builder.Services.AddSingleton<RetrospectiveScheduler>();
            builder.Services.AddHostedService(provider => provider.GetRequiredService<RetrospectiveScheduler>());
        }

        return builder;
    }
}
