using System.Text.Json.Nodes;
using BridgeBot.Slack.Installations;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Rendering;
using BridgeBot.Testing;

namespace BridgeBot.Slack.Tests.Hosting;

/// <summary>The Slack app manifest a user pastes into "Create app from manifest" agrees with what the code serves and asks for.</summary>
public class ManifestTests
{
    private static readonly JsonNode Manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("manifest", "slack", "manifest.json")))!;

    [Fact]
    public void Manifest_PointsAtTheEndpointsBridgeBotMaps()
    {
        var command = Manifest["features"]!["slash_commands"]![0]!;

        Assert.Equal(ReplyMessages.Command, command["command"]!.GetValue<string>());
        Assert.True(command["should_escape"]!.GetValue<bool>(), "Mentions must arrive as <@U…> ids.");
        Assert.EndsWith("/api/slack/commands", command["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/api/slack/interactions", Manifest["settings"]!["interactivity"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/api/slack/events", Manifest["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith(InstallEndpoints.CallbackRoute, Manifest["oauth_config"]!["redirect_urls"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_AsksForTheScopesTheInstallRequests() =>
        Assert.Equal(OAuthInstaller.BotScopes.Order(), Manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(scope => scope!.GetValue<string>()).Order());

    [Fact]
    public void Manifest_SubscribesToTheEventsBridgeBotHandles() =>
        Assert.Equal(
            new[] { SlackEvent.AppHomeOpened, SlackEvent.AppMention, SlackEvent.AppUninstalled, SlackEvent.TokensRevoked }.Order(),
            Manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>()).Order());

    [Fact]
    public void Manifest_EnablesTheHomeTabBridgeBotPublishes() =>
        Assert.True(Manifest["features"]!["app_home"]!["home_tab_enabled"]!.GetValue<bool>());

    [Fact]
    public void Manifest_KeepsToSlacksLengths()
    {
        var display = Manifest["display_information"]!;

        Assert.InRange(display["name"]!.GetValue<string>().Length, 1, 35);
        Assert.InRange(display["description"]!.GetValue<string>().Length, 1, 140);
        Assert.InRange(display["long_description"]!.GetValue<string>().Length, 175, 4000);
        Assert.InRange(Manifest["features"]!["bot_user"]!["display_name"]!.GetValue<string>().Length, 1, 80);
    }
}
