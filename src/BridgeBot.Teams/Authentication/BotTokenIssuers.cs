namespace BridgeBot.Teams.Authentication;

/// <summary>Who may sign inbound tokens (PROTOCOLS §1.5).</summary>
internal static class BotTokenIssuers
{
    public const string BotConnector = "https://api.botframework.com";

    // The Bot Framework's own tenants, public cloud and US Gov, and the one the Agents SDK adds.
    private static readonly string[] BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "cab8a31a-1906-4287-a0d8-4eef66b95f6e",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>Entra issuers (v1 and v2 forms), plus the bot's own tenant for single-tenant and managed-identity bots.</summary>
    public static IReadOnlySet<string> Entra(string? tenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(tenantId) ? BotFrameworkTenants : [.. BotFrameworkTenants, tenantId];
        return tenants
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })
            .ToHashSet(StringComparer.Ordinal);
    }
}
