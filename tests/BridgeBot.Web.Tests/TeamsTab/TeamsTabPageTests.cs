using System.Net;
using BridgeBot.Web.TeamsTab;

namespace BridgeBot.Web.Tests.TeamsTab;

/// <summary>The page Teams frames: TeamsJS from Microsoft's CDN, its own script, and a policy that lets Teams frame it.</summary>
public sealed class TeamsTabPageTests : IAsyncLifetime
{
    private TeamsTabHost host = null!;

    public async Task InitializeAsync() => host = await TeamsTabHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Page_LoadsTeamsJsFromMicrosoftsCdnWithItsIntegrityHash()
    {
        var response = await host.Http.GetAsync(TeamsTabEndpoints.PageRoute.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(
            "src=\"https://res.cdn.office.net/teams-js/2.23.0/js/MicrosoftTeams.min.js\"\n          integrity=\"sha384-",
            html,
            StringComparison.Ordinal);
        Assert.Contains($"src=\"{TeamsTabEndpoints.ScriptRoute}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_MayBeFramedByTeamsOnlyAndRunsOnlyItsOwnAndTeamsJsScripts()
    {
        var response = await host.Http.GetAsync(TeamsTabEndpoints.PageRoute.TrimStart('/'));

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' https://res.cdn.office.net;", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_SignsInThroughTeamsAndExplainsWhatToDoOutsideTeams()
    {
        var response = await host.Http.GetAsync(TeamsTabEndpoints.ScriptRoute.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("microsoftTeams.app.initialize()", script, StringComparison.Ordinal);
        Assert.Contains("microsoftTeams.authentication.getAuthToken()", script, StringComparison.Ordinal);
        Assert.Contains($"fetch(\"{TeamsTabEndpoints.SessionRoute}\"", script, StringComparison.Ordinal);
        Assert.Contains("Open this tab in Microsoft Teams", script, StringComparison.Ordinal);
        Assert.Contains("Type log to BridgeBot in a chat", script, StringComparison.Ordinal);
    }
}
