namespace BridgeBot.Storage.Tables;

/// <summary>
/// The parts of a storage connection string the table client needs. Understands
/// <c>UseDevelopmentStorage=true</c> (Azurite's well-known account on 127.0.0.1:10002) and
/// <c>DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;</c> with <c>TableEndpoint=</c> or <c>EndpointSuffix=</c>.
/// </summary>
/// <param name="AccountName">The storage account.</param>
/// <param name="AccountKey">The base64 account key.</param>
/// <param name="TableEndpoint">The table endpoint, e.g. <c>https://acct.table.core.windows.net/</c> or Azurite's path-style URL.</param>
public sealed record TableConnectionString(string AccountName, string AccountKey, Uri TableEndpoint)
{
    /// <summary>Azurite's development account.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>Azurite's published development key.</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Parses a connection string; the error names what is missing or malformed.</summary>
    public static bool TryParse(string? connectionString, out TableConnectionString? parsed, out string? error)
    {
        parsed = null;
        error = null;
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in (connectionString ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = $"“{part}” is not a key=value pair.";
                return false;
            }

            settings[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            var proxy = settings.GetValueOrDefault("DevelopmentStorageProxyUri")?.TrimEnd('/') ?? "http://127.0.0.1";
            parsed = new TableConnectionString(DevelopmentAccountName, DevelopmentAccountKey, new Uri($"{proxy}:10002/{DevelopmentAccountName}/"));
            return true;
        }

        if (!settings.TryGetValue("AccountName", out var account) || account.Length == 0)
        {
            error = "AccountName is missing.";
            return false;
        }

        if (!settings.TryGetValue("AccountKey", out var key) || !IsBase64(key))
        {
            error = "AccountKey is missing or not base64.";
            return false;
        }

        Uri? endpoint;
        if (settings.TryGetValue("TableEndpoint", out var explicitEndpoint))
        {
            if (!Uri.TryCreate(explicitEndpoint.EndsWith('/') ? explicitEndpoint : explicitEndpoint + "/", UriKind.Absolute, out endpoint))
            {
                error = "TableEndpoint is not an absolute URL.";
                return false;
            }
        }
        else
        {
            var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            if (!Uri.TryCreate($"{protocol}://{account}.table.{suffix}/", UriKind.Absolute, out endpoint))
            {
                error = "DefaultEndpointsProtocol and EndpointSuffix do not make a URL.";
                return false;
            }
        }

        parsed = new TableConnectionString(account, key, endpoint);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> naming the problem.</summary>
    public static TableConnectionString Parse(string connectionString) =>
        TryParse(connectionString, out var parsed, out var error) ? parsed! : throw new FormatException("Storage connection string: " + error);

    /// <inheritdoc />
    public override string ToString() => $"AccountName={AccountName};TableEndpoint={TableEndpoint}";

    private static bool IsBase64(string value)
    {
        var buffer = new byte[value.Length];
        return value.Length > 0 && Convert.TryFromBase64String(value, buffer, out _);
    }
}
