using System.Text;
using BridgeBot.Testing.Identity;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Web.Tests.TeamsTab;

/// <summary>Tokens as Teams SSO hands them to the tab: Entra ID v2 access tokens for BridgeBot's API, and broken ones.</summary>
internal static class TabTokens
{
    public static string IssuerOf(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>A valid token of <paramref name="tenant"/> for the tab; <paramref name="customize"/> breaks one thing.</summary>
    public static string Valid(TestSigningKey key, string tenant = TeamsTabHost.Tenant, Action<SecurityTokenDescriptor>? customize = null) =>
        TestIssuer.EntraToken(key, descriptor =>
        {
            descriptor.Issuer = IssuerOf(tenant);
            descriptor.Audience = TeamsTabHost.ApplicationIdUri;
            descriptor.Claims["azp"] = TeamsTabHost.TeamsClientId;
            descriptor.Claims["tid"] = tenant;
            descriptor.Claims["scp"] = "access_as_user";
            descriptor.Claims["oid"] = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
            customize?.Invoke(descriptor);
        });

    /// <summary>The token with one claim of its payload changed and the signature kept, as a forger would send it.</summary>
    public static string Tampered(string token, string claim, string from, string to)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var changed = payload.Replace($"\"{claim}\":\"{from}\"", $"\"{claim}\":\"{to}\"", StringComparison.Ordinal);
        if (changed == payload)
        {
            throw new ArgumentException($"The token has no {claim} {from}.", nameof(claim));
        }

        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(changed))}.{parts[2]}";
    }
}
