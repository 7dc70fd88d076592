using System.Text.Encodings.Web;
using BridgeBot.Slack.Hosting;
using BridgeBot.Slack.WebApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Installations;

/// <summary>
/// The OAuth v2 install: <c>GET /api/slack/install</c> sends the browser to Slack with a signed <c>state</c> (and the
/// state's nonce in a cookie); Slack sends it back to <c>GET /api/slack/oauth/callback</c>, which checks the state,
/// exchanges the code and stores the workspace's token.
/// </summary>
internal static class InstallEndpoints
{
    public const string InstallRoute = "/api/slack/install";
    public const string CallbackRoute = "/api/slack/oauth/callback";
    public const string NonceCookie = "bridgebot_slack_oauth";

    public static IResult Install(HttpContext http, OAuthState states, IOptions<SlackOptions> options)
    {
        var settings = options.Value;
        if (!settings.HasOAuth)
        {
            return Page(StatusCodes.Status404NotFound, "Installing through OAuth is not set up here",
                "This BridgeBot runs for one workspace (Slack:BotToken). To install it in other workspaces, set Slack:ClientId and Slack:ClientSecret.");
        }

        var (state, nonce) = states.Create();
        http.Response.Cookies.Append(NonceCookie, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = CallbackRoute,
            MaxAge = OAuthState.Lifetime,
        });
        var authorize = new Uri(settings.ApiBaseUrl, "../oauth/v2/authorize").AbsoluteUri;
        var url = QueryHelpers.AddQueryString(authorize, new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["scope"] = string.Join(',', OAuthInstaller.BotScopes),
            ["state"] = state,
            ["redirect_uri"] = RedirectUri(http, settings).AbsoluteUri,
        });
        return Results.Redirect(url);
    }

    public static async Task<IResult> CallbackAsync(HttpContext http, OAuthState states, OAuthInstaller installer, IOptions<SlackOptions> options)
    {
        var query = http.Request.Query;
        http.Response.Cookies.Delete(NonceCookie, new CookieOptions { Path = CallbackRoute });
        if (!options.Value.HasOAuth)
        {
            return Page(StatusCodes.Status404NotFound, "Installing through OAuth is not set up here", "Set Slack:ClientId and Slack:ClientSecret.");
        }

        if (!states.IsValid(query["state"], http.Request.Cookies[NonceCookie]))
        {
            return Page(StatusCodes.Status400BadRequest, "This install link is not valid",
                $"It is expired, was not started in this browser, or was not made by BridgeBot. Start again at {InstallRoute}.");
        }

        if (query["error"].ToString() is { Length: > 0 } error)
        {
            return Page(StatusCodes.Status200OK, "BridgeBot was not installed", $"Slack said: {error}. You can start again at {InstallRoute}.");
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            return Page(StatusCodes.Status400BadRequest, "This install link is not valid", $"Slack sent no code. Start again at {InstallRoute}.");
        }

        try
        {
            var (_, team) = await installer.InstallAsync(code, RedirectUri(http, options.Value), http.RequestAborted).ConfigureAwait(false);
            return Page(StatusCodes.Status200OK, $"BridgeBot is installed in {team ?? "your workspace"}",
                "Invite @BridgeBot to a channel (/invite @BridgeBot) and type /bridge help there.");
        }
        catch (SlackApiException failure)
        {
            return Page(StatusCodes.Status502BadGateway, "Slack did not complete the installation", $"Slack said: {failure.Error}. Start again at {InstallRoute}.");
        }
    }

    private static Uri RedirectUri(HttpContext http, SlackOptions options) =>
        options.RedirectUri ?? new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{CallbackRoute}");

    private static IResult Page(int status, string title, string text)
    {
        var html = HtmlEncoder.Default;
        return Results.Content(
            $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.Encode(title)}</title></head>" +
            $"<body><h1>{html.Encode(title)}</h1><p>{html.Encode(text)}</p></body></html>",
            "text/html; charset=utf-8",
            statusCode: status);
    }
}
