using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.EndToEnd.Tests.Support;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace BridgeBot.EndToEnd.Tests;

/// <summary>
/// Issue 3's end-to-end test: Ana (product manager) and Ben (project manager) decide a release conflict through
/// Microsoft's Agents Playground, the Teams client emulator, against the real host on a loopback port and Azurite.
/// tools/playground/e2e-decision.js does the clicking; this test then reads the decision log back from storage.
/// Needs Node.js, `npm ci` and Chromium (scripts/install-browser.sh); without them it fails saying what to run.
/// </summary>
public class PlaygroundDecisionTests(ITestOutputHelper output)
{
    /// <summary>tenantId of the playground's mock data (.m365agentsplayground.yml, tools/playground/*.yml).</summary>
    private const string Tenant = "00000000-0000-0000-0000-000000000001";

    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    private static readonly WorkspaceId Workspace = WorkspaceId.ForTeams(Tenant);

    [Fact]
    public async Task Playground_TwoManagersDecide_CardShowsTheDecisionAndTheLogHasEveryStep()
    {
        var artifacts = RepositoryRoot.Combine("artifacts", "e2e");
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        Directory.CreateDirectory(artifacts);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var deadline = today.AddDays(30);
        var newDate = deadline.AddDays(28);
        await using var azurite = await AzuriteServer.StartNewAsync();
        await using var bot = new LoopbackBridgeBot(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TableName"] = AzuriteFixture.UniqueTableName("e2e"),
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
        });

        var run = await PlaygroundRun.DecideAsync(bot.MessagesEndpoint, deadline, newDate, artifacts, RunLimit);

        var hostLog = Path.Combine(artifacts, "host.log");
        await File.WriteAllTextAsync(hostLog, bot.LogText());
        output.WriteLine(run.Result.Error);
        Assert.True(run.Passed, $"The playground run failed.\n{run.Describe()}\n--- host log ---\n{hostLog}");
        var errors = bot.Logs.Logs.Where(entry => entry.Level >= LogLevel.Error).Select(entry => $"{entry.Category}: {entry.Message}").ToArray();
        Assert.True(errors.Length == 0, $"The bot logged errors (whole log: {hostLog}):\n{string.Join("\n", errors)}");

        Assert.True(ConflictId.TryParse(run.ConflictId, out var id), $"No conflict id in the summary.\n{run.Describe()}");
        var store = bot.Services.GetRequiredService<IConflictStore>();
        var log = await store.ReadLogAsync(Workspace, id);
        Assert.Equal(
            [
                "1 ConflictOpened by user-ana",
                "2 ReasoningSubmitted by user-ana",
                "3 ReasoningSubmitted by user-ben",
                "4 ProposalMade by user-ana",
                "5 ProposalApproved by user-ben",
                "6 ConflictDecided by user-ben",
            ],
            log.Select(entry => $"{entry.Stamp.Sequence} {entry.GetType().Name} by {entry.Stamp.Actor.Id}"));

        var opened = Assert.IsType<ConflictOpened>(log[0]);
        Assert.Equal(("Checkout 2.4", deadline), (opened.Release, opened.Deadline));
        Assert.Equal(["SSO", "audit export"], opened.ScopeAtRisk);
        Assert.Equal(("user-ana", "user-ben"), (opened.ProductManager.Id, opened.ProjectManager.Id));
        Assert.Equal("19:release-planning@thread.tacv2", opened.ChannelId);
        var product = Assert.IsType<ReasoningSubmitted>(log[1]).Reasoning;
        Assert.Equal((ManagerRole.Product, Severity.High, OptionKind.MoveDate), (product.Role, product.Severity, product.PreferredOption));
        var project = Assert.IsType<ReasoningSubmitted>(log[2]).Reasoning;
        Assert.Equal((ManagerRole.Project, Severity.Medium, OptionKind.HoldDateCutScope), (project.Role, project.Severity, project.PreferredOption));
        var proposal = Assert.IsType<ProposalMade>(log[3]).Proposal;
        Assert.Equal((1, new MoveDate(newDate)), (proposal.Number, proposal.Option));
        Assert.Equal("Enterprise customers need SSO on day one.", proposal.Rationale);
        Assert.Equal(1, Assert.IsType<ProposalApproved>(log[4]).ProposalNumber);
        var decision = Assert.IsType<ConflictDecided>(log[5]).Decision;
        Assert.Equal((1, new MoveDate(newDate), deadline, newDate), (decision.ProposalNumber, decision.Option, decision.DeadlineBefore, decision.ReleaseDate));
        Assert.Null(decision.DecidedByApprover);
        Assert.Equal(["user-ana", "user-ben"], decision.Approvals.Select(approval => approval.By.Id).Order());

        var conflict = (await store.GetAsync(Workspace, id))!.Conflict;
        Assert.Equal((ConflictState.Decided, newDate, deadline, 6), (conflict.State, conflict.Deadline, conflict.OriginalDeadline, conflict.Version));
        var only = Assert.Single(conflict.Decisions);
        Assert.Equal((decision.Number, decision.Option), (only.Number, only.Option));

        var decidedCard = Path.Combine(artifacts, "5-decided-channel-card.png");
        Assert.Contains(decidedCard, run.Screenshots);
        Assert.True(File.Exists(decidedCard) && new FileInfo(decidedCard).Length > 0, $"No screenshot of the decided card at {decidedCard}.");
    }
}
