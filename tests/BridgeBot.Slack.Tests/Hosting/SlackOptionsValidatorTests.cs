using BridgeBot.Slack.Hosting;

namespace BridgeBot.Slack.Tests.Hosting;

public class SlackOptionsValidatorTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    [Fact]
    public void Validate_NothingConfigured_IsValidAndSlackIsOff()
    {
        var options = new SlackOptions();

        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
        Assert.False(options.IsConfigured);
    }

    [Theory]
    [InlineData(null, "xoxb-1", null, null, "Slack:SigningSecret")]
    [InlineData(null, null, "123.456", "shh", "Slack:SigningSecret")]
    [InlineData(Secret, null, null, null, "Slack:BotToken")]
    [InlineData(Secret, null, "123.456", null, "Slack:ClientSecret")]
    [InlineData(Secret, null, null, "shh", "Slack:ClientId")]
    [InlineData(Secret, "xoxp-user-token", null, null, "Slack:BotToken must be a bot token")]
    public void Validate_PartialConfiguration_FailsNamingTheKey(string? secret, string? token, string? clientId, string? clientSecret, string named)
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions
        {
            SigningSecret = secret, BotToken = token, ClientId = clientId, ClientSecret = clientSecret,
        });

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xoxb-1", null, null)]
    [InlineData(null, "123.456", "shh")]
    [InlineData("xoxb-1", "123.456", "shh")]
    public void Validate_SingleWorkspaceOrOAuthOrBoth_IsValid(string? token, string? clientId, string? clientSecret) =>
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions
        {
            SigningSecret = Secret, BotToken = token, ClientId = clientId, ClientSecret = clientSecret,
        }).Succeeded);

    [Theory]
    [InlineData("http://slack.example.com/api/")]
    [InlineData("https://slack.com/api")]
    public void Validate_ApiBaseUrlNotHttpsOrWithoutSlash_Fails(string url)
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { SigningSecret = Secret, BotToken = "xoxb-1", ApiBaseUrl = new Uri(url) });

        Assert.Contains("Slack:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LoopbackHttpApi_IsAllowedForLocalFakes() =>
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions
        {
            SigningSecret = Secret, BotToken = "xoxb-1", ApiBaseUrl = new Uri("http://127.0.0.1:5000/api/"),
        }).Succeeded);
}
