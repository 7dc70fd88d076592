using System.Globalization;
using System.Text;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Export;
using BridgeBot.Domain.Logbook;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Text;
using BridgeBot.Web.Hosting;
using BridgeBot.Web.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Web.Page;

/// <summary>
/// The decision-log page: <c>/log</c> (the list, filters and charts), <c>/log/conflicts/{n}</c> (one conflict's history) and
/// <c>/log/export.csv</c> (what the list shows). Every one of them answers only a valid signed link.
/// </summary>
public static class DecisionLogEndpoints
{
    /// <summary>Who may frame the page: itself and Teams (its personal tab opens it); everything else may not.</summary>
    private const string FrameAncestors = "'self' " + TeamsFrameAncestors.Sources;

    private const string HtmlType = "text/html; charset=utf-8";

    /// <summary>Maps the page and its stylesheet.</summary>
    public static IEndpointRouteBuilder MapDecisionLog(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(PageLayout.StylePath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Text(PageStyles.Css, "text/css; charset=utf-8");
        });

        var page = endpoints.MapGroup(LogLinkSigner.PagePath).AddEndpointFilter(RequireSignedLink);
        page.MapGet(string.Empty, ListAsync);
        page.MapGet("/conflicts/{number:int}", HistoryAsync);
        page.MapGet("/export.csv", ExportAsync);
        return endpoints;
    }

    private static async ValueTask<object?> RequireSignedLink(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors {FrameAncestors}";
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        var link = LinkParameters.From(http.Request.Query);
        var check = link is null
            ? LinkCheck.Invalid
            : http.RequestServices.GetRequiredService<LogLinkSigner>().Check(link.Workspace, link.Expires, link.Signature);
        if (check != LinkCheck.Valid)
        {
            return Results.Content(RefusalPage.Render(check), HtmlType, Encoding.UTF8, StatusCodes.Status403Forbidden);
        }

        link!.Accept(http);
        return await next(context).ConfigureAwait(false);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IConflictArchive archive, TimeProvider clock, CancellationToken cancellationToken)
    {
        var link = LinkParameters.Of(request.HttpContext);
        var query = LogQuery.From(request.Query);
        var page = await BuildAsync(archive, link, query.Filter, clock, cancellationToken).ConfigureAwait(false);
        var content = DecisionLogView.Render(page, new PageLinks(link), query.Problems);
        return Results.Content(PageLayout.Wrap(DecisionLogView.Title, content, link.Workspace), HtmlType, Encoding.UTF8);
    }

    private static async Task<IResult> HistoryAsync(int number, HttpRequest request, IConflictStore store, CancellationToken cancellationToken)
    {
        var link = LinkParameters.Of(request.HttpContext);
        var links = new PageLinks(link);
        var back = links.List(LogQuery.From(request.Query).Filter);
        var stored = number > 0 ? await store.GetAsync(link.WorkspaceId, new ConflictId(number), cancellationToken).ConfigureAwait(false) : null;
        if (stored is null)
        {
            var missing = new Html().Element("h1", $"R-{number.ToString(CultureInfo.InvariantCulture)} is not in this workspace's log")
                .Raw("<p>").Link(back, "← All conflicts").Raw("</p>");
            return Results.Content(PageLayout.Wrap("Not found", missing.ToString(), link.Workspace), HtmlType, Encoding.UTF8, StatusCodes.Status404NotFound);
        }

        var log = await store.ReadLogAsync(link.WorkspaceId, stored.Conflict.Id, cancellationToken).ConfigureAwait(false);
        var content = ConflictHistoryView.Render(stored.Conflict, log, back);
        return Results.Content(PageLayout.Wrap($"{stored.Conflict.Id} · {stored.Conflict.Release}", content, link.Workspace), HtmlType, Encoding.UTF8);
    }

    private static async Task<IResult> ExportAsync(HttpRequest request, IConflictArchive archive, TimeProvider clock, CancellationToken cancellationToken)
    {
        var link = LinkParameters.Of(request.HttpContext);
        var page = await BuildAsync(archive, link, LogQuery.From(request.Query).Filter, clock, cancellationToken).ConfigureAwait(false);
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ConflictCsv.Write(page.Conflicts))).ToArray();
        return Results.File(csv, "text/csv; charset=utf-8", $"bridgebot-log-{DisplayText.Date(page.Today)}.csv");
    }

    private static async Task<LogbookPage> BuildAsync(
        IConflictArchive archive, LinkParameters link, LogFilter filter, TimeProvider clock, CancellationToken cancellationToken)
    {
        var all = await archive.ListAllAsync(link.WorkspaceId, cancellationToken).ConfigureAwait(false);
        return LogbookPage.Build(all, filter, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
