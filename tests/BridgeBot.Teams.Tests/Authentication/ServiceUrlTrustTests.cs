using BridgeBot.Teams.Authentication;
using Microsoft.Extensions.Options;

using BridgeBot.Testing.Identity;

namespace BridgeBot.Teams.Tests.Authentication;

public class ServiceUrlTrustTests
{
    [Fact]
    public void IsTrusted_NeverSeenUrl_IsFalse()
    {
        Assert.False(AuthenticationOn().IsTrusted("https://smba.trafficmanager.net/emea/"));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/AMER/")]
    public void IsTrusted_AfterTrust_IgnoresTrailingSlashAndCase(string asked)
    {
        var trust = AuthenticationOn();
        trust.Trust("https://smba.trafficmanager.net/amer/");

        Assert.True(trust.IsTrusted(asked));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    public void IsTrusted_OtherUrl_IsFalse(string asked)
    {
        var trust = AuthenticationOn();
        trust.Trust("https://smba.trafficmanager.net/amer/");

        Assert.False(trust.IsTrusted(asked));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("")]
    public void IsTrusted_NotAnHttpUrl_IsFalse(string asked)
    {
        var trust = AuthenticationOn();
        trust.Trust(asked);

        Assert.False(trust.IsTrusted(asked));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    [InlineData("http://10.0.0.5/", false)]
    public void IsTrusted_AuthOff_OnlyLoopback(string asked, bool trusted)
    {
        var trust = new ServiceUrlTrust(Options.Create(new BotOptions()));
        trust.Trust("https://smba.trafficmanager.net/amer/");

        Assert.Equal(trusted, trust.IsTrusted(asked));
    }

    [Fact]
    public void Trust_FromManyThreads_KeepsEveryUrl()
    {
        var trust = AuthenticationOn();

        Parallel.For(0, 200, index => trust.Trust($"https://service-{index}.example/"));

        Assert.All(Enumerable.Range(0, 200), index => Assert.True(trust.IsTrusted($"https://service-{index}.example/")));
    }

    private static ServiceUrlTrust AuthenticationOn() => new(Options.Create(new BotOptions { MicrosoftAppId = TestIssuer.AppId }));
}
