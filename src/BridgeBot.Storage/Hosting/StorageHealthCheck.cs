using BridgeBot.Storage.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BridgeBot.Storage.Hosting;

/// <summary>Ready when the table answers (the table is created on the way if it is missing).</summary>
public sealed class StorageHealthCheck(TableProvisioner provisioner, TableClient table) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            await table.GetEntityIfExistsAsync("health", "probe", cancellationToken: cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Table {table.Name} answers.");
        }
        catch (Exception failure) when (failure is Azure.RequestFailedException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            return HealthCheckResult.Unhealthy($"Table {table.Name} does not answer: {failure.Message}");
        }
    }
}
