using System.Net.Http.Headers;
using BridgeBot.Domain.Ports;
using BridgeBot.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BridgeBot.Web.TeamsTab;

/// <summary>
/// The Teams personal tab: <c>GET /log/teams</c> (the page Teams frames), <c>GET /log/teams/tab.js</c> (its script) and
/// <c>POST /log/teams/session</c>, which exchanges a Teams SSO token for a signed link to the tenant's decision log.
/// </summary>
public static class TeamsTabEndpoints
{
    public const string PageRoute = "/log/teams";
    public const string ScriptRoute = "/log/teams/tab.js";
    public const string SessionRoute = "/log/teams/session";

    // Teams (desktop, web, mobile) and the Microsoft 365 hosts that may frame the page.
    private const string FrameAncestors = "frame-ancestors " + TeamsFrameAncestors.Sources;

    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self' https://res.cdn.office.net; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
        FrameAncestors;

    public static IEndpointRouteBuilder MapTeamsTab(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(PageRoute, (HttpContext http) => Asset(http, TabAssets.Page, "text/html; charset=utf-8"));
        endpoints.MapGet(ScriptRoute, (HttpContext http) => Asset(http, TabAssets.Script, "text/javascript; charset=utf-8"));
        endpoints.MapPost(SessionRoute, SessionAsync);
        return endpoints;
    }

    private static IResult Asset(HttpContext http, string content, string contentType)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Text(content, contentType);
    }

    private static async Task<IResult> SessionAsync(HttpContext http, TabTokenValidator validator, ILogLinkIssuer links)
    {
        http.Response.Headers.CacheControl = "no-store";
        var token = AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
                ? header.Parameter
                : null;
        var signIn = await validator.ValidateAsync(token, http.RequestAborted).ConfigureAwait(false);
        if (signIn.Workspace is not { } workspace)
        {
            return Results.Json(new TabSessionRefusal(signIn.Failure!), statusCode: StatusCodes.Status401Unauthorized);
        }

        var link = links.Issue(workspace);
        return Results.Json(new TabSession(link.Url.AbsoluteUri, link.ExpiresAt));
    }
}
