using System.Net;
using System.Net.Http.Headers;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing.Azurite;
using BridgeBot.Web.TeamsTab;

namespace BridgeBot.Host.Tests.Teams;

/// <summary>The host serves the Teams personal tab, and with authentication off (a local run) its sign-in refuses every token.</summary>
[Collection(AzuriteCollection.Name)]
public class TeamsTabHostingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Host_ServesTheTabPage_AndWithAuthenticationOffRefusesSignIn()
    {
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:TableName"] = AzuriteFixture.UniqueTableName("tab"),
        }, "Development");
        using var client = factory.CreateClient();

        var page = await client.GetAsync(new Uri(TeamsTabEndpoints.PageRoute, UriKind.Relative));
        using var session = new HttpRequestMessage(HttpMethod.Post, new Uri(TeamsTabEndpoints.SessionRoute, UriKind.Relative));
        session.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ4In0.");
        var refused = await client.SendAsync(session);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("MicrosoftTeams.min.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Teams sign-in is off", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
