using BridgeBot.Storage.Tables;
using Microsoft.Extensions.Options;

namespace BridgeBot.Storage.Hosting;

/// <summary>Checks that exactly one way to reach storage is configured, and that it is well formed.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasEndpoint = !string.IsNullOrWhiteSpace(options.TableEndpoint);
        if (hasConnectionString == hasEndpoint)
        {
            return ValidateOptionsResult.Fail(
                "Set exactly one of Storage:ConnectionString (an account key or UseDevelopmentStorage=true) and Storage:TableEndpoint (managed identity).");
        }

        if (hasConnectionString)
        {
            try
            {
                TableStorageConnection.Parse(options.ConnectionString!);
            }
            catch (FormatException malformed)
            {
                return ValidateOptionsResult.Fail($"Storage:ConnectionString is malformed: {malformed.Message}");
            }
        }

        if (hasEndpoint && (!Uri.TryCreate(options.TableEndpoint, UriKind.Absolute, out var endpoint)
            || (endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)))
        {
            return ValidateOptionsResult.Fail("Storage:TableEndpoint must be an absolute https URL, e.g. https://myaccount.table.core.windows.net/.");
        }

        if (!string.IsNullOrWhiteSpace(options.SecretsKey) && !Installations.TokenSealer.IsValidKey(options.SecretsKey))
        {
            return ValidateOptionsResult.Fail("Storage:SecretsKey must be 32 bytes in base64 (openssl rand -base64 32).");
        }

        return ValidateOptionsResult.Success;
    }
}
