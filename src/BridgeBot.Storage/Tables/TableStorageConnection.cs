using Azure.Core;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Where the account's table endpoint is and how to authenticate to it: an account key (from a connection string)
/// or an Entra ID <see cref="Azure.Core.TokenCredential"/> such as a managed identity.
/// </summary>
public sealed class TableStorageConnection
{
    /// <summary>The connection string of the local storage emulator (Azurite).</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    internal const string DevelopmentAccountName = "devstoreaccount1";

    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Uri DevelopmentTableEndpoint = new("http://127.0.0.1:10002/devstoreaccount1");

    /// <summary>Connects with an account key.</summary>
    /// <param name="tableEndpoint">The table endpoint, e.g. <c>https://account.table.core.windows.net/</c>.</param>
    /// <param name="credential">The account name and key.</param>
    public TableStorageConnection(Uri tableEndpoint, TableSharedKeyCredential credential)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(credential);
        TableEndpoint = tableEndpoint;
        SharedKeyCredential = credential;
    }

    /// <summary>Connects with an Entra ID token credential (scope <c>https://storage.azure.com/.default</c>).</summary>
    /// <param name="tableEndpoint">The table endpoint, e.g. <c>https://account.table.core.windows.net/</c>.</param>
    /// <param name="credential">E.g. a ManagedIdentityCredential or DefaultAzureCredential.</param>
    public TableStorageConnection(Uri tableEndpoint, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(credential);
        TableEndpoint = tableEndpoint;
        TokenCredential = credential;
    }

    /// <summary>The table endpoint; on Azurite it includes the account as its first path segment.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>The account key credential, when connecting with one.</summary>
    public TableSharedKeyCredential? SharedKeyCredential { get; }

    /// <summary>The token credential, when connecting with one.</summary>
    public TokenCredential? TokenCredential { get; }

    /// <summary>
    /// Reads a storage connection string: <c>UseDevelopmentStorage=true</c>, or
    /// <c>DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;</c> with an optional <c>TableEndpoint=…</c>
    /// or <c>EndpointSuffix=…</c> (default <c>core.windows.net</c>).
    /// </summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The connection it describes.</returns>
    /// <exception cref="FormatException">A setting is missing or malformed; the message names it, never the key.</exception>
    public static TableStorageConnection Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = ReadSettings(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var development)
            && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            return new TableStorageConnection(
                DevelopmentTableEndpoint, new TableSharedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey));
        }

        var accountName = Required(settings, "AccountName");
        var accountKey = Required(settings, "AccountKey");
        return new TableStorageConnection(TableEndpointOf(settings, accountName), new TableSharedKeyCredential(accountName, accountKey));
    }

    private static Uri TableEndpointOf(Dictionary<string, string> settings, string accountName)
    {
        if (settings.TryGetValue("TableEndpoint", out var endpoint))
        {
            return Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw new FormatException($"The connection string's TableEndpoint '{endpoint}' is not an absolute http(s) URL.");
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", Uri.UriSchemeHttps);
        if (protocol is not ("http" or "https"))
        {
            throw new FormatException($"The connection string's DefaultEndpointsProtocol '{protocol}' is neither http nor https.");
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return Uri.TryCreate($"{protocol}://{accountName}.table.{suffix}/", UriKind.Absolute, out var built)
            ? built
            : throw new FormatException($"AccountName '{accountName}' and EndpointSuffix '{suffix}' do not make a URL.");
    }

    private static Dictionary<string, string> ReadSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var index = 0; index < parts.Length; index++)
        {
            var part = parts[index];

            // Split at the first '=' only: base64 account keys end in '='.
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                // The part itself stays out of the message: it may be a piece of the key.
                throw new FormatException($"Setting {index + 1} of the connection string is not of the form Name=Value.");
            }

            settings[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return settings;
    }

    private static string Required(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The connection string has no {name}.");
}
