using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Testing.Identity;

/// <summary>An RSA key of the test issuer, published in its JWKS with optional Bot Framework endorsements.</summary>
public sealed class TestSigningKey(string keyId, IReadOnlyList<string>? endorsements = null)
{
    private readonly RSA rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    public IReadOnlyList<string>? Endorsements { get; } = endorsements;

    public SecurityKey SecurityKey => new RsaSecurityKey(rsa) { KeyId = KeyId };

    /// <summary>The same kid on another key pair: what a forger who knows the kid but not the key produces.</summary>
    public TestSigningKey Impostor() => new(KeyId, Endorsements);

    public Dictionary<string, object> ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }
}
