using System.Net;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BridgeBot.Host.Tests.Slack;

public class SlackStartupTests
{
    [Fact]
    public async Task Start_WithoutSlackSettings_MapsNoSlackEndpointAndSaysSo()
    {
        var logs = new RecordingLoggerProvider();
        using var factory = new BridgeBotFactory(Storage()).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddLogging(logging => logging.AddProvider(logs))));
        using var client = factory.CreateClient();

        var response = await client.PostAsync(new Uri("/api/slack/commands", UriKind.Relative), new StringContent("ssl_check=1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(logs.Logs, log => log.Message.Contains("Slack is off", StringComparison.Ordinal) && log.Message.Contains("Slack:SigningSecret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Slack:BotToken", "xoxb-1", "Slack:SigningSecret")]
    [InlineData("Slack:ClientId", "1234.5678", "Slack:SigningSecret")]
    [InlineData("Slack:SigningSecret", "secret", "Slack:BotToken")]
    public void Start_WithAPartialSlackConfiguration_StopsNamingTheKey(string key, string value, string named)
    {
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>(Storage()) { [key] = value });

        var failure = factory.StartupFailure();

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Storage() => new()
    {
        ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "secret",
        ["MicrosoftAppType"] = "MultiTenant",
    };
}
