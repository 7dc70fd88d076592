using System.Net;
using System.Reflection;
using System.Text;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Slack.Hosting;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using Microsoft.Extensions.Configuration;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>appsettings.sample.json lists every Slack setting, and with the secrets filled in it runs Slack.</summary>
[Collection(AzuriteCollection.Name)]
public class SlackSampleSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public void Sample_ListsEverySlackSetting()
    {
        var slack = Sample().GetSection(SlackOptions.Section);
        var keys = slack.GetChildren().Select(child => child.Key).Order(StringComparer.Ordinal);

        var bound = typeof(SlackOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite).Select(property => property.Name);
        Assert.Equal(bound.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task Sample_WithTheSlackSecretsFilledIn_ServesSlack()
    {
        var settings = Sample().AsEnumerable().Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value);
        settings["Storage:ConnectionString"] = azurite.Server.ConnectionString;
        settings["Storage:TableName"] = AzuriteFixture.UniqueTableName("sample");
        settings["Slack:SigningSecret"] = SlackHost.SigningSecret;
        settings["Slack:BotToken"] = SlackHost.BotToken;
        using var factory = new BridgeBotFactory(settings, "Development");
        using var client = factory.CreateClient();

        var probe = await client.PostAsync(new Uri("/api/slack/commands", UriKind.Relative),
            new StringContent("ssl_check=1", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var unsigned = await client.PostAsync(new Uri("/api/slack/events", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    private static IConfigurationRoot Sample() =>
        new ConfigurationBuilder().AddJsonFile(RepositoryRoot.Combine("appsettings.sample.json")).Build();
}
