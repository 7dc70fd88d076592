using System.Text.Json;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.EndToEnd.Tests.Support;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Logbook;
using BridgeBot.Testing.Time;
using BridgeBot.Testing.Tools;
using BridgeBot.Web.Hosting;
using BridgeBot.Web.Links;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace BridgeBot.EndToEnd.Tests;

/// <summary>
/// Issue 9's page test: the seeded decision log stored in Azurite, the real host on a loopback port, and
/// tools/log-page/e2e-log-page.js reading the page in headless Chromium (search, filter, history, CSV, screenshots,
/// an expired and a tampered link). Needs Node.js, `npm ci` and Chromium (scripts/install-browser.sh).
/// </summary>
public class DecisionLogPageTests(ITestOutputHelper output)
{
    private const string Secret = "ZTJlLWxpbmstc2VjcmV0LWZvci10aGUtcGFnZS10ZXN0LW9ubHkh";
    private static readonly string Script = RepositoryRoot.Combine("tools", "log-page", "e2e-log-page.js");

    [Fact]
    public async Task Page_InChromium_SearchesFiltersShowsHistoryExportsCsv_AndRefusesExpiredAndTamperedLinks()
    {
        var artifacts = RepositoryRoot.Combine("artifacts", "log-page");
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        ToolRun.RequireNode("to drive Chromium");
        ToolRun.RequireNpmPackage("playwright-core");
        await using var azurite = await AzuriteServer.StartNewAsync();
        await using var bot = new LoopbackBridgeBot(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TableName"] = AzuriteFixture.UniqueTableName("page"),
            ["MicrosoftAppId"] = string.Empty,
            ["Web:LinkSecret"] = Secret,
        });
        var address = new Uri(bot.MessagesEndpoint, "/");
        await SeedAsync(bot.Services.GetRequiredService<IConflictStore>());

        var link = Local(address, bot.Services.GetRequiredService<LogLinkSigner>().Issue(LogbookSeed.Workspace).Url);
        var hourAgo = new ManualClock(TimeProvider.System.GetUtcNow().AddHours(-1));
        var expired = Local(address, new LogLinkSigner(Options.Create(new WebOptions { LinkSecret = Secret }), hourAgo).Issue(LogbookSeed.Workspace).Url);
        var tampered = new Uri(link.AbsoluteUri.Replace("seeded-tenant", "other-tenant", StringComparison.Ordinal));

        var run = await ToolRun.RunAsync("node", [Script, link.AbsoluteUri, expired.AbsoluteUri, tampered.AbsoluteUri, artifacts], timeout: TimeSpan.FromMinutes(3));

        output.WriteLine(run.Error);
        var last = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "{}";
        Assert.True(run.ExitCode == 0, $"The page run failed: {run}\n--- host log ---\n{bot.LogText()}");
        using var summary = JsonDocument.Parse(last);
        var root = summary.RootElement;
        Assert.Equal("7 of 7 conflicts shown, most recently changed first.", root.GetProperty("total").GetString());
        Assert.Equal(["R-2 · Billing 3.0", "R-3 · Mobile 5.1"], root.GetProperty("filtered").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["R-2", "R-3"], root.GetProperty("csv").GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(root.GetProperty("dialogs").EnumerateArray());
        var screenshot = Path.Combine(artifacts, "decision-log.png");
        Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 10_000, $"No screenshot of the page at {screenshot}.");
    }

    /// <summary>Writes the seeded log through the store, one transition at a time, as the bot itself would.</summary>
    private static async Task SeedAsync(IConflictStore store)
    {
        foreach (var seed in LogbookSeed.Conflicts)
        {
            var opened = await store.OpenAsync(
                LogbookSeed.Workspace,
                id => LogbookSeed.Accept(ReleaseConflict.Open(seed.Request, id, seed.OpenedAt, DateOnly.FromDateTime(seed.OpenedAt.UtcDateTime))),
                null);
            Assert.Equal(CommitStatus.Committed, opened.Status);
            var id = opened.Conflict!.Conflict.Id;
            foreach (var (after, step) in seed.Steps)
            {
                var before = (await store.GetAsync(LogbookSeed.Workspace, id))!;
                var result = await store.CommitAsync(before, LogbookSeed.Accept(step(before.Conflict, seed.OpenedAt + after)), null);
                Assert.Equal(CommitStatus.Committed, result.Status);
            }
        }
    }

    /// <summary>The link with the host's loopback address (the host was told no public address: it listens on a port picked at start).</summary>
    private static Uri Local(Uri address, Uri link) => new(address, link.PathAndQuery);
}
