using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BridgeBot.Teams.Authentication;

/// <summary>
/// The channels a Bot Connector signing key is endorsed for: the non-standard <c>endorsements</c> member of
/// the JWK. IdentityModel 8 keeps unknown JWK members in <c>JsonWebKey.AdditionalData</c>, an array as a
/// <see cref="JsonElement"/>.
/// </summary>
internal static class SigningKeyEndorsements
{
    public const string MemberName = "endorsements";

    /// <summary>Null when the key is unknown to <paramref name="configuration"/> or carries no endorsements.</summary>
    public static IReadOnlyList<string>? Find(OpenIdConnectConfiguration? configuration, string? keyId)
    {
        var key = configuration?.JsonWebKeySet?.Keys.FirstOrDefault(candidate => candidate.KeyId == keyId);
        if (key is null || !key.AdditionalData.TryGetValue(MemberName, out var value))
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => item.GetString()!)
                .ToList(),
            IEnumerable<string> strings => strings.ToList(),
            _ => [],
        };
    }

    /// <summary>An empty channel id passes; otherwise a key that lists endorsements must list the channel.</summary>
    public static bool Allows(IReadOnlyList<string>? endorsements, string? channelId) =>
        string.IsNullOrEmpty(channelId) || endorsements is null || endorsements.Contains(channelId, StringComparer.Ordinal);
}
