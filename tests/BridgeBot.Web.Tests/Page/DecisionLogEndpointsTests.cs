using System.Net;
using System.Text;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Testing.Logbook;
using BridgeBot.Testing.Time;
using BridgeBot.Web.Hosting;
using BridgeBot.Web.Links;
using BridgeBot.Web.Page;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BridgeBot.Web.Tests.Page;

public sealed class DecisionLogEndpointsTests : IAsyncLifetime
{
    private readonly ManualClock clock = new(LogbookSeed.Today.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var replayed = LogbookSeed.Replayed();
        var store = new Mock<IConflictStore>(MockBehavior.Strict);
        store.Setup(s => s.GetAsync(It.IsAny<WorkspaceId>(), It.IsAny<ConflictId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((WorkspaceId w, ConflictId id, CancellationToken _) =>
                w == LogbookSeed.Workspace && replayed.FirstOrDefault(r => r.Conflict.Id == id) is { Conflict: not null } found
                    ? new StoredConflict(found.Conflict, "etag") : null);
        store.Setup(s => s.ReadLogAsync(LogbookSeed.Workspace, It.IsAny<ConflictId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((WorkspaceId _, ConflictId id, CancellationToken _) => replayed.Single(r => r.Conflict.Id == id).Log);
        var archive = new Mock<IConflictArchive>(MockBehavior.Strict);
        archive.Setup(a => a.ListAllAsync(It.IsAny<WorkspaceId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((WorkspaceId w, CancellationToken _) => w == LogbookSeed.Workspace ? replayed.Select(r => r.Conflict).ToArray() : []);

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Web:PublicBaseUrl"] = "https://bridgebot.example/";
        builder.Configuration["Web:LinkSecret"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("a-link-secret-for-the-page-tests-only!"));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(store.Object);
        builder.Services.AddSingleton(archive.Object);
        builder.AddBridgeBotWeb();
        app = builder.Build();
        app.MapDecisionLog();
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    private string SignedPath(string path = "/log", WorkspaceId? workspace = null)
    {
        var link = app.Services.GetRequiredService<LogLinkSigner>().Issue(workspace ?? LogbookSeed.Workspace).Url;
        return path + link.Query;
    }

    [Fact]
    public async Task SignedLink_OpensTheWorkspacesLog_WithHeadersThatKeepItPrivate()
    {
        var response = await client.GetAsync(SignedPath());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("7 of 7 conflicts shown", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherWorkspacesLink_ShowsOnlyThatWorkspace()
    {
        var html = await client.GetStringAsync(SignedPath(workspace: WorkspaceId.ForSlack("T-OTHER")));

        Assert.Contains("0 of 0 conflicts shown", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("w", "teams:another-tenant")]
    [InlineData("e", "4102444800")]
    [InlineData("s", "forged")]
    public async Task TamperedLink_IsRefused_WithAClearMessage(string part, string value)
    {
        var query = QueryHelpers.ParseQuery(new Uri("https://x" + SignedPath()).Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query[part] = value;

        var response = await client.GetAsync(QueryHelpers.AddQueryString("/log", query));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(RefusalPage.InvalidTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Checkout", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/log")]
    [InlineData("/log/conflicts/1")]
    [InlineData("/log/export.csv")]
    public async Task UnsignedRequest_ToAnyPartOfThePage_IsRefused(string path)
    {
        var response = await client.GetAsync(path + "?w=" + Uri.EscapeDataString(LogbookSeed.Workspace.Value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(RefusalPage.InvalidTitle, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredLink_IsRefused_AndSaysHowToGetAFreshOne()
    {
        var path = SignedPath();
        clock.Advance(TimeSpan.FromMinutes(15));

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(RefusalPage.ExpiredTitle, html, StringComparison.Ordinal);
        Assert.Contains("/bridge log", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ShowsBothReasoningsEveryDecisionAndWhatTheSupersedingOneChanged()
    {
        var html = await client.GetStringAsync(SignedPath("/log/conflicts/3"));

        Assert.Contains("Field teams need offline mode.", html, StringComparison.Ordinal);
        Assert.Contains("Widgets can wait.", html, StringComparison.Ordinal);
        Assert.Contains("Decision 2 (in force)", html, StringComparison.Ordinal);
        Assert.Contains("Decision 1 (superseded by 2)", html, StringComparison.Ordinal);
        Assert.Contains("Option: Phased release → Move the date", html, StringComparison.Ordinal);
        Assert.Contains("reopened decision 1: Offline mode slipped again.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ShowsTheRetrospectiveAnswers_AndTheirLogEntries()
    {
        var html = await client.GetStringAsync(SignedPath("/log/conflicts/1"));

        Assert.Contains("Yes, it happened: </strong>Two trials waited for SSO, as feared. — Ana Product, product manager, on decision 1", html, StringComparison.Ordinal);
        Assert.Contains("Partly: </strong>One customer asked for audit export early. — Ben Project, project manager", html, StringComparison.Ordinal);
        Assert.Equal(9, html.Split("<li><time>").Length - 1); // 6 entries to the decision, the request, two answers
    }

    [Fact]
    public async Task History_OfABlindConflict_HidesTheReasoningWritten()
    {
        var html = await client.GetStringAsync(SignedPath("/log/conflicts/4"));

        Assert.DoesNotContain(LogbookSeed.BlindSecret, html, StringComparison.Ordinal);
        Assert.Contains("Written, and hidden until both managers have written theirs.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_OfHostileText_RendersItAsText()
    {
        var html = await client.GetStringAsync(SignedPath("/log/conflicts/6"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_OfAnUnknownConflict_IsNotFound()
    {
        var response = await client.GetAsync(SignedPath("/log/conflicts/99"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("R-99 is not in this workspace", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_HoldsWhatTheFilterShows()
    {
        var response = await client.GetAsync(SignedPath("/log/export.csv") + "&state=decided&option=move-date");
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bridgebot-log-2026-11-25.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("conflict,release,state,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("R-2,Billing 3.0,decided,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("R-3,Mobile 5.1,decided,", rows[2], StringComparison.Ordinal);
        Assert.EndsWith(",product on decision 1: no (Nobody noticed the two extra weeks.)", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFilterValues_AreReportedAndIgnored_NeverAnError()
    {
        var response = await client.GetAsync(SignedPath() + "&state=sideways&option=maybe&from=yesterday&to=2026-13-45");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("“sideways” is not a state", html, StringComparison.Ordinal);
        Assert.Contains("“maybe” is not an option", html, StringComparison.Ordinal);
        Assert.Contains("“yesterday” is not a date", html, StringComparison.Ordinal);
        Assert.Contains("7 of 7 conflicts shown", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_NeedsNoLink()
    {
        var response = await client.GetAsync("/log/style.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
