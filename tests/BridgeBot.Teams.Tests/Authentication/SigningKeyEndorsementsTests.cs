using System.Text.Json;
using BridgeBot.Teams.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Teams.Tests.Authentication;

public class SigningKeyEndorsementsTests
{
    private const string Jwks = """
        {"keys":[
          {"kty":"RSA","use":"sig","kid":"endorsed","n":"sXch","e":"AQAB","endorsements":["msteams","emulator"]},
          {"kty":"RSA","use":"sig","kid":"plain","n":"sXch","e":"AQAB"},
          {"kty":"RSA","use":"sig","kid":"odd","n":"sXch","e":"AQAB","endorsements":"msteams"}
        ]}
        """;

    [Fact]
    public void IdentityModel_UnknownJwkMember_IsKeptInAdditionalDataAsJsonElement()
    {
        var key = JsonWebKeySet.Create(Jwks).Keys.Single(candidate => candidate.KeyId == "endorsed");

        var endorsements = Assert.IsType<JsonElement>(key.AdditionalData["endorsements"]);
        Assert.Equal(JsonValueKind.Array, endorsements.ValueKind);
    }

    [Fact]
    public void Find_EndorsedKey_ListsItsChannels()
    {
        Assert.Equal(["msteams", "emulator"], SigningKeyEndorsements.Find(Configuration(), "endorsed"));
    }

    [Fact]
    public void Find_KeyWithoutEndorsements_IsNull()
    {
        Assert.Null(SigningKeyEndorsements.Find(Configuration(), "plain"));
    }

    [Fact]
    public void Find_EndorsementsNotAnArray_IsEmptySoEveryChannelFails()
    {
        var endorsements = SigningKeyEndorsements.Find(Configuration(), "odd");

        Assert.False(SigningKeyEndorsements.Allows(endorsements, "msteams"));
    }

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("MSTEAMS", false)]
    [InlineData("slack", false)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void Allows_EndorsedKey_OnlyItsChannelsOrNoChannel(string? channelId, bool allowed)
    {
        Assert.Equal(allowed, SigningKeyEndorsements.Allows(["msteams", "emulator"], channelId));
    }

    [Fact]
    public void Allows_KeyWithoutEndorsements_AnyChannel()
    {
        Assert.True(SigningKeyEndorsements.Allows(null, "msteams"));
    }

    private static OpenIdConnectConfiguration Configuration() => new() { JsonWebKeySet = JsonWebKeySet.Create(Jwks) };
}
