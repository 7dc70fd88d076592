using System.Net;
using System.Net.Http.Json;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Testing.Identity;
using BridgeBot.Web.Links;
using BridgeBot.Web.TeamsTab;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Web.Tests.TeamsTab;

/// <summary>
/// <c>POST /log/teams/session</c> answers a valid Teams SSO token with a decision-log link signed for the token's tenant,
/// and anything else with 401 and a reason.
/// </summary>
public sealed class TeamsTabSessionTests : IAsyncLifetime
{
    private TeamsTabHost host = null!;

    public static TheoryData<string, string> Refusals => new()
    {
        { "wrong-audience", "is for another app, not BridgeBot (" + TeamsTabHost.ApplicationIdUri + ")" },
        { "other-tenants-issuer", "was not issued by Microsoft Entra ID for the tenant it names" },
        { "templated-issuer", "was not issued by Microsoft Entra ID for the tenant it names" },
        { "v1-issuer", "was not issued by Microsoft Entra ID for the tenant it names" },
        { "expired", "has expired" },
        { "unsigned", "is unsigned or signed with 'none'" },
        { "tampered", "signature does not verify" },
        { "impostor-key", "signature does not verify" },
        { "no-scope", "was not issued for BridgeBot's access_as_user scope" },
        { "no-tenant", "names no tenant" },
        { "not-a-jwt", "not a JWT" },
    };

    public async Task InitializeAsync() => host = await TeamsTabHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Session_WithAValidTeamsToken_AnswersALinkSignedForTheTenantsWorkspace()
    {
        var response = await host.SessionAsync(TabTokens.Valid(host.Issuer.EntraKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.StartsWith("{\"url\":\"https://", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var session = (await response.Content.ReadFromJsonAsync<TabSession>())!;
        var link = new Uri(session.Url);
        Assert.Equal(TeamsTabHost.PublicBaseUrl + "log", link.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(link.Query);
        Assert.Equal(WorkspaceId.ForTeams(TeamsTabHost.Tenant).Value, query[LogLinkSigner.WorkspaceParameter].ToString());
        Assert.Equal(
            LinkCheck.Valid,
            host.Signer.Check(query[LogLinkSigner.WorkspaceParameter], query[LogLinkSigner.ExpiresParameter], query[LogLinkSigner.SignatureParameter]));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(long.Parse(query[LogLinkSigner.ExpiresParameter]!, System.Globalization.CultureInfo.InvariantCulture)), session.ExpiresAt);
    }

    [Fact]
    public async Task Session_WithTheBareAppIdAsAudience_IsAccepted()
    {
        var response = await host.SessionAsync(TabTokens.Valid(host.Issuer.EntraKey, customize: d => d.Audience = TestIssuer.AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Session_ForAnotherTenant_LinksThatTenantsWorkspaceOnly()
    {
        var response = await host.SessionAsync(TabTokens.Valid(host.Issuer.EntraKey, TeamsTabHost.OtherTenant));

        var query = QueryHelpers.ParseQuery(new Uri((await response.Content.ReadFromJsonAsync<TabSession>())!.Url).Query);
        Assert.Equal("teams:" + TeamsTabHost.OtherTenant, query[LogLinkSigner.WorkspaceParameter].ToString());
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Session_WithABadToken_IsRefusedWithAReason(string kind, string reason)
    {
        var response = await host.SessionAsync(Token(kind));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var refusal = (await response.Content.ReadFromJsonAsync<TabSessionRefusal>())!;
        Assert.Contains(reason, refusal.Error, StringComparison.Ordinal);
        Assert.StartsWith("{\"error\":\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_WithoutAToken_IsRefused()
    {
        var response = await host.SessionAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("No Teams sign-in token", (await response.Content.ReadFromJsonAsync<TabSessionRefusal>())!.Error, StringComparison.Ordinal);
    }

    private string Token(string kind)
    {
        var key = host.Issuer.EntraKey;
        return kind switch
        {
            "wrong-audience" => TabTokens.Valid(key, customize: d => d.Audience = "api://elsewhere.example/" + TestIssuer.AppId),
            "other-tenants-issuer" => TabTokens.Valid(key, customize: d => d.Issuer = TabTokens.IssuerOf(TeamsTabHost.OtherTenant)),
            "templated-issuer" => TabTokens.Valid(key, customize: d => d.Issuer = "https://login.microsoftonline.com/{tenantid}/v2.0"),
            "v1-issuer" => TabTokens.Valid(key, customize: d => d.Issuer = $"https://sts.windows.net/{TeamsTabHost.Tenant}/"),
            "expired" => TabTokens.Valid(key, customize: TestIssuer.Lifetime(-120, -60)),
            "unsigned" => TabTokens.Valid(key, customize: d => d.SigningCredentials = null),
            "tampered" => TabTokens.Tampered(TabTokens.Valid(key), "oid", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "00000000-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
            "impostor-key" => TabTokens.Valid(key.Impostor()),
            "no-scope" => TabTokens.Valid(key, customize: d => d.Claims["scp"] = "User.Read"),
            "no-tenant" => TabTokens.Valid(key, customize: d => d.Claims.Remove("tid")),
            "not-a-jwt" => "not-a-token",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
