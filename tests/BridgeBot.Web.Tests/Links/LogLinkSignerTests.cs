using BridgeBot.Domain.Workspaces;
using BridgeBot.Testing.Time;
using BridgeBot.Web.Hosting;
using BridgeBot.Web.Links;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BridgeBot.Web.Tests.Links;

public class LogLinkSignerTests
{
    private const string Secret = "c2lnbmluZy1rZXktZm9yLXRlc3RzLW9ubHktMzItYnl0ZXMhIQ==";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack("T024BE7LD");

    private readonly ManualClock clock = new(Now);

    private LogLinkSigner Signer(string? secret = Secret, string baseUrl = "https://bridgebot.example/") =>
        new(Options.Create(new WebOptions { PublicBaseUrl = baseUrl, LinkSecret = secret }), clock);

    private static Dictionary<string, string> Query(Uri link) =>
        QueryHelpers.ParseQuery(link.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());

    private static LinkCheck Check(LogLinkSigner signer, Dictionary<string, string> query) =>
        signer.Check(query.GetValueOrDefault("w"), query.GetValueOrDefault("e"), query.GetValueOrDefault("s"));

    [Fact]
    public void Issue_PointsAtThePageOfTheConfiguredHost_AndExpiresAfterTheLifetime()
    {
        var link = Signer(baseUrl: "https://bridgebot.example/base").Issue(Workspace);

        Assert.Equal("https://bridgebot.example/base/log", link.Url.GetLeftPart(UriPartial.Path));
        Assert.Equal(Now.AddMinutes(15), link.ExpiresAt);
        Assert.Equal("slack:T024BE7LD", Query(link.Url)["w"]);
    }

    [Fact]
    public void Check_AFreshLink_IsValidUntilItExpires()
    {
        var signer = Signer();
        var query = Query(signer.Issue(Workspace).Url);

        Assert.Equal(LinkCheck.Valid, Check(signer, query));
        clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(LinkCheck.Valid, Check(signer, query));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LinkCheck.Expired, Check(signer, query));
    }

    [Theory]
    [InlineData("w", "slack:T99OTHER")]
    [InlineData("w", "teams:T024BE7LD")]
    [InlineData("e", "9999999999")]
    [InlineData("e", "-1")]
    [InlineData("e", "soon")]
    [InlineData("s", "AAAA")]
    [InlineData("s", "")]
    public void Check_ALinkWithAChangedPart_IsInvalid(string part, string value)
    {
        var signer = Signer();
        var query = Query(signer.Issue(Workspace).Url);
        query[part] = value;

        Assert.Equal(LinkCheck.Invalid, Check(signer, query));
    }

    [Fact]
    public void Check_ALinkSignedWithAnotherKey_IsInvalid_AndOneSignedWithTheSameKeyElsewhereIsValid()
    {
        var query = Query(Signer().Issue(Workspace).Url);

        Assert.Equal(LinkCheck.Valid, Check(Signer(), query)); // another instance with the same secret
        Assert.Equal(LinkCheck.Invalid, Check(Signer("b3RoZXIta2V5LWZvci10ZXN0cy1vbmx5LTMyLWJ5dGVzISEh"), query));
    }

    [Fact]
    public void Signer_WithoutASecret_MakesAKeyOfItsOwn_ThatNoOtherProcessShares()
    {
        var first = Signer(secret: null);
        var second = Signer(secret: "");
        var query = Query(first.Issue(Workspace).Url);

        Assert.True(first.KeyIsEphemeral);
        Assert.Equal(LinkCheck.Valid, Check(first, query));
        Assert.Equal(LinkCheck.Invalid, Check(second, query));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("slack:T024BE7LD", null, "x")]
    [InlineData("slack:T024BE7LD", "1765000000", null)]
    public void Check_AnIncompleteLink_IsInvalid(string? workspace, string? expires, string? signature)
    {
        Assert.Equal(LinkCheck.Invalid, Signer().Check(workspace, expires, signature));
    }

    [Theory]
    [InlineData("https://bridgebot.example/", null, true)]
    [InlineData("http://127.0.0.1:3978/", null, true)]
    [InlineData("http://bridgebot.example/", null, false)]
    [InlineData("bridgebot.example", null, false)]
    [InlineData("https://bridgebot.example/?x=1", null, false)]
    [InlineData("https://bridgebot.example/", "too-short", false)]
    [InlineData("https://bridgebot.example/", "c2hvcnQ=", false)]
    [InlineData("https://bridgebot.example/", Secret, true)]
    public void Validator_NamesTheSettingThatIsWrong(string baseUrl, string? secret, bool valid)
    {
        var result = new WebOptionsValidator().Validate(null, new WebOptions { PublicBaseUrl = baseUrl, LinkSecret = secret });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains(secret is null || secret.Length == 0 || baseUrl != "https://bridgebot.example/" ? "Web:PublicBaseUrl" : "Web:LinkSecret", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
