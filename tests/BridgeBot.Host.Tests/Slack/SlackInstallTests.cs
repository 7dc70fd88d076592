using System.Net;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using Microsoft.AspNetCore.WebUtilities;
using static BridgeBot.Host.Tests.Slack.SlackClient;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>Multi-workspace installs through OAuth v2: the state is checked against forgery; each workspace uses its own token.</summary>
[Collection(AzuriteCollection.Name)]
public class SlackInstallTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> OAuthOnly = new()
    {
        ["Slack:BotToken"] = null,
        ["Slack:ClientId"] = "1234567890.0987654321",
        ["Slack:ClientSecret"] = "oauth-client-secret",
    };

    [Fact]
    public async Task Install_ThenCallback_StoresTheWorkspacesTokenWhichItsRequestsUse()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, OAuthOnly);
        host.Api.InstallTeam = "T0INSTALL";

        var start = await host.Client.Http.GetAsync(new Uri("/api/slack/install", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.Equal(new Uri(host.Api.ApiBaseUrl, "../oauth/v2/authorize").AbsolutePath, authorize.AbsolutePath);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("1234567890.0987654321", query["client_id"].ToString());
        Assert.Contains("commands", query["scope"].ToString(), StringComparison.Ordinal);
        Assert.EndsWith("/api/slack/oauth/callback", query["redirect_uri"].ToString(), StringComparison.Ordinal);

        var callback = await host.Client.Http.GetAsync(new Uri($"/api/slack/oauth/callback?code=c0de&state={Uri.EscapeDataString(query["state"]!)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Contains("BridgeBot is installed in Install Co", await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var exchange = Assert.Single(host.Api.Of("oauth.v2.access"));
        Assert.Equal(("c0de", "oauth-client-secret"), (exchange.Text("code"), exchange.Text("client_secret")));
        var installed = await host.Service<IInstallationStore>().FindAsync(WorkspaceId.ForSlack("T0INSTALL"));
        Assert.Equal(("xoxb-installed-c0de", "U0BRIDGEBOT", "U0ADMIN"), (installed!.AccessToken, installed.BotUserId, installed.InstalledBy));

        await host.Client.CommandAsync(Dev, SlackFlowTests.OpenText, team: "T0INSTALL");
        var post = (await host.Api.WaitForAsync("chat.postMessage", 1))[0];
        Assert.Equal("Bearer xoxb-installed-c0de", post.Authorization);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("tampered")]
    [InlineData("missing")]
    public async Task Callback_WithAStateBridgeBotDidNotIssue_IsRefusedAndInstallsNothing(string how)
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, OAuthOnly);
        var start = await host.Client.Http.GetAsync(new Uri("/api/slack/install", UriKind.Relative));
        var state = QueryHelpers.ParseQuery(start.Headers.Location!.Query)["state"].ToString();
        var parts = state.Split('.');
        var sent = how switch
        {
            "forged" => $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}",
            "tampered" => $"{parts[0]}.{long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 3600}.{parts[2]}",
            _ => string.Empty,
        };

        var callback = await host.Client.Http.GetAsync(new Uri($"/api/slack/oauth/callback?code=c0de&state={Uri.EscapeDataString(sent)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        Assert.Contains("not valid", await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Api.Of("oauth.v2.access"));
        Assert.Null(await host.Service<IInstallationStore>().FindAsync(WorkspaceId.ForSlack("T0INSTALL")));
    }

    [Fact]
    public async Task Callback_InABrowserThatDidNotStartTheInstall_IsRefused()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, OAuthOnly);
        var start = await host.Client.Http.GetAsync(new Uri("/api/slack/install", UriKind.Relative));
        var state = QueryHelpers.ParseQuery(start.Headers.Location!.Query)["state"].ToString();
        using var otherBrowser = host.Factory.CreateClient();

        var callback = await otherBrowser.GetAsync(new Uri($"/api/slack/oauth/callback?code=c0de&state={Uri.EscapeDataString(state)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        Assert.Empty(host.Api.Of("oauth.v2.access"));
    }

    [Fact]
    public async Task Command_FromAWorkspaceThatHasNotInstalled_IsRefusedClearly()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, OAuthOnly);

        var response = await host.Client.CommandAsync(Dev, SlackFlowTests.OpenText, team: "T0STRANGER");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = Assert.Single(await host.Api.WaitForAsync("response_url", 1));
        Assert.Contains("not installed in this workspace", told.AllText, StringComparison.Ordinal);
        Assert.Empty(host.Api.Of("chat.postMessage"));
        Assert.Empty(await host.Service<IConflictStore>().ListOpenAsync(WorkspaceId.ForSlack("T0STRANGER")));
    }

    [Fact]
    public async Task Uninstall_ForgetsTheWorkspacesToken()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, OAuthOnly);
        var store = host.Service<IInstallationStore>();
        await store.SaveAsync(new WorkspaceInstallation(WorkspaceId.ForSlack(Team), "xoxb-acme", "U0BRIDGEBOT", null, TimeProvider.System.GetUtcNow()));

        await host.Client.EventAsync(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = Team, ["event_id"] = "Ev0UNINSTALL",
            ["event"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "app_uninstalled" },
        });

        Assert.Null(await Eventually.ReadAsync<WorkspaceInstallation?>(() => store.FindAsync(WorkspaceId.ForSlack(Team)), installation => installation is null, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Install_InSingleWorkspaceMode_SaysOAuthIsNotSetUp()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var response = await host.Client.Http.GetAsync(new Uri("/api/slack/install", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Slack:ClientId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
