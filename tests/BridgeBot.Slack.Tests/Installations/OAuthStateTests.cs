using BridgeBot.Slack.Hosting;
using BridgeBot.Slack.Installations;
using BridgeBot.Testing.Time;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Tests.Installations;

public class OAuthStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void State_FromThisBrowserWithinTenMinutes_IsValid()
    {
        var clock = new ManualClock(Now);
        var states = States(clock);
        var (state, nonce) = states.Create();

        clock.Advance(TimeSpan.FromMinutes(9));

        Assert.True(states.IsValid(state, nonce));
    }

    [Fact]
    public void State_OlderThanTenMinutes_IsRefused()
    {
        var clock = new ManualClock(Now);
        var states = States(clock);
        var (state, nonce) = states.Create();

        clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.False(states.IsValid(state, nonce));
    }

    [Fact]
    public void State_SignedWithAnotherSecret_IsRefused()
    {
        var (state, nonce) = States(new ManualClock(Now), "another-secret").Create();

        Assert.False(States(new ManualClock(Now)).IsValid(state, nonce));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("someone-elses-nonce")]
    public void State_WithoutTheInstallersNonce_IsRefused(string? cookie)
    {
        var states = States(new ManualClock(Now));
        var (state, _) = states.Create();

        Assert.False(states.IsValid(state, cookie));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("nonce.not-a-time.mac")]
    public void State_Malformed_IsRefused(string state) => Assert.False(States(new ManualClock(Now)).IsValid(state, "nonce"));

    [Fact]
    public void States_AreNeverTheSame()
    {
        var states = States(new ManualClock(Now));

        Assert.NotEqual(states.Create().State, states.Create().State);
    }

    private static OAuthState States(TimeProvider clock, string secret = "oauth-client-secret") =>
        new(Options.Create(new SlackOptions { ClientSecret = secret }), clock);
}
