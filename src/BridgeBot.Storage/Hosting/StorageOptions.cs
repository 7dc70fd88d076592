using System.ComponentModel.DataAnnotations;

namespace BridgeBot.Storage.Hosting;

/// <summary>
/// Where the decision log lives (section <c>Storage</c>): either a connection string (Azurite locally,
/// <c>UseDevelopmentStorage=true</c>; or an account key) or a table endpoint reached with a managed identity.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>A storage connection string; leave empty to use <see cref="TableEndpoint"/> with a managed identity.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table endpoint (<c>https://{account}.table.core.windows.net/</c>) for Entra ID access.</summary>
    public string? TableEndpoint { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// 32 random bytes, base64, that seal the secrets stored in the table (workspaces' bot tokens); empty stores them as
    /// given (a local run). Generate one with <c>openssl rand -base64 32</c>.
    /// </summary>
    public string? SecretsKey { get; set; }

    /// <summary>The table holding every workspace's partition.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$", ErrorMessage = "Storage:TableName must be 3-63 letters or digits, starting with a letter.")]
    public string TableName { get; set; } = "BridgeBot";
}
