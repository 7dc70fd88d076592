using System.Text;
using BridgeBot.Slack.Hosting;
using BridgeBot.Slack.Signing;
using BridgeBot.Testing.Time;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Tests.Signing;

/// <summary>Slack's documented example request (api.slack.com/authentication/verifying-requests-from-slack) and each way to fail it.</summary>
public class SlackSignatureVerifierTests
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Timestamp = "1531420618";
    public const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    public const string Body =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Compute_OfTheDocumentedExample_IsTheDocumentedSignature() =>
        Assert.Equal(Signature, SlackSignature.Compute(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_DocumentedExample_IsValid() =>
        Assert.Equal(SignatureCheck.Valid, Verifier().Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_ChangedBody_IsAMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, Verifier().Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body.Replace("text=", "text=approve+R-1", StringComparison.Ordinal))));

    [Fact]
    public void Verify_ChangedTimestampWithinTheWindow_IsAMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, Verifier().Verify("1531420619", Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_StaleTimestamp_IsRefusedEvenWithAGoodSignature() =>
        Assert.Equal(SignatureCheck.Stale, Verifier(SentAt.AddMinutes(5).AddSeconds(1)).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_TimestampFromTheFuture_IsRefused() =>
        Assert.Equal(SignatureCheck.Stale, Verifier(SentAt.AddMinutes(-6)).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_AtTheEdgeOfTheWindow_IsValid() =>
        Assert.Equal(SignatureCheck.Valid, Verifier(SentAt.AddMinutes(5)).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(null, Signature)]
    [InlineData(Timestamp, null)]
    [InlineData("", Signature)]
    [InlineData(Timestamp, "")]
    public void Verify_MissingHeader_IsRefused(string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.MissingHeaders, Verifier().Verify(timestamp, signature, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("soon")]
    public void Verify_MalformedTimestamp_IsRefused(string timestamp) =>
        Assert.Equal(SignatureCheck.MalformedTimestamp, Verifier().Verify(timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_WrongSecret_IsAMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, Verifier(secret: "8f742231b10e8888abcd99yyyzzz85a6").Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_UppercaseHexOrOtherVersion_IsAMismatch()
    {
        Assert.Equal(SignatureCheck.Mismatch, Verifier().Verify(Timestamp, Signature.ToUpperInvariant(), Encoding.UTF8.GetBytes(Body)));
        Assert.Equal(SignatureCheck.Mismatch, Verifier().Verify(Timestamp, "v1" + Signature[2..], Encoding.UTF8.GetBytes(Body)));
    }

    private static SlackSignatureVerifier Verifier(DateTimeOffset? now = null, string secret = Secret) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), new ManualClock(now ?? SentAt));
}
