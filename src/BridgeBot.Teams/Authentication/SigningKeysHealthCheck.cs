using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BridgeBot.Teams.Authentication;

/// <summary>
/// Ready when the keys that validate inbound tokens are loaded: without them every Teams request would be refused.
/// With authentication off (local use) there is nothing to load.
/// </summary>
public sealed class SigningKeysHealthCheck(BotFrameworkAuthenticator authenticator) : IHealthCheck
{
    /// <summary>How long one check waits for the metadata; the probe must answer well before its own timeout.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            return await authenticator.LoadSigningKeysAsync(budget.Token).ConfigureAwait(false) switch
            {
                null => HealthCheckResult.Healthy("Authentication is off (no MicrosoftAppId): local use only."),
                { BotConnector: 0 } => HealthCheckResult.Unhealthy("The Bot Connector metadata lists no signing keys."),
                { } counts => HealthCheckResult.Healthy(
                    $"Signing keys cached: {counts.BotConnector} from the Bot Connector, {counts.Entra} from Entra ID."),
            };
        }
#pragma warning disable CA1031 // Any failure to load the keys is the answer of this check, reported with its reason.
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The signing keys could not be loaded: " + failure.Message);
        }
    }
}
