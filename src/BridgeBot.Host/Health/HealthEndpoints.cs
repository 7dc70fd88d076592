using System.Text.Json;
using BridgeBot.Teams.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BridgeBot.Host.Health;

/// <summary>
/// <c>/healthz</c> answers while the process runs (no dependency is checked, so a storage outage does not get
/// the app restarted); <c>/readyz</c> runs every check tagged <see cref="ReadyTag"/> (storage, signing keys).
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The tag of checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers the health check service and the check of the Teams signing-key cache; other features add their
    /// own checks with <see cref="ReadyTag"/>.
    /// </summary>
    public static IHostApplicationBuilder AddBridgeBotHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<SigningKeysHealthCheck>("signingKeys", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>Maps <c>/healthz</c> and <c>/readyz</c>.</summary>
    public static IEndpointRouteBuilder MapBridgeBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteAsync,
        });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
