using BridgeBot.Host.Health;
using BridgeBot.Storage.Hosting;

namespace BridgeBot.Host.Hosting;

/// <summary>Storage with its readiness check.</summary>
public static class StorageReadinessExtensions
{
    /// <summary>Adds the decision log on Table Storage and makes <c>/readyz</c> depend on it.</summary>
    public static IHostApplicationBuilder AddBridgeBotStorageWithReadiness(this IHostApplicationBuilder builder)
    {
        builder.AddBridgeBotStorage();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
