using System.Net;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Storage.Tables;
using BridgeBot.Storage.Tests.Support;
using BridgeBot.Testing.Azurite;
using static BridgeBot.Storage.Tests.Support.StoreHarness;

namespace BridgeBot.Storage.Tests.DecisionLog;

[Collection(AzuriteFixture.CollectionName)]
public class TableConflictStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Open_AllocatesTypableIdsPerWorkspace()
    {
        var harness = Create(azurite.Server);
        var other = harness.Service;

        var first = await harness.OpenAsync();
        var second = await harness.OpenAsync("Billing 3.0");
        var elsewhere = await other.OpenAsync(harness.As(Dev) with { Workspace = WorkspaceId.ForSlack("T999") }, Draft());

        Assert.Equal("R-1", first.ToString());
        Assert.Equal("R-2", second.ToString());
        Assert.Equal("R-1", elsewhere.Conflict!.Id.ToString());
    }

    [Fact]
    public async Task Open_ConcurrentlyTwentyTimes_GivesTwentyDistinctIds()
    {
        var harness = Create(azurite.Server);

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => harness.OpenAsync($"Release {i}")));

        Assert.Equal(Enumerable.Range(1, 20), ids.Select(id => id.Number).Order());
        Assert.Equal(20, (await harness.Store.ListOpenAsync(harness.Workspace)).Count);
    }

    [Fact]
    public async Task ListAll_ReturnsOpenDecidedAndWithdrawnConflictsOfTheWorkspaceOnly()
    {
        var harness = Create(azurite.Server);
        var open = await harness.OpenAsync();
        var decided = await harness.DecidedAsync();
        var withdrawn = await harness.OpenAsync("Billing 3.0");
        await harness.Service.WithdrawAsync(harness.As(Dev), withdrawn, "Made it after all");
        await harness.Service.OpenAsync(harness.As(Dev) with { Workspace = WorkspaceId.ForSlack("T-ELSEWHERE") }, Draft());

        var all = await harness.Store.ListAllAsync(harness.Workspace);

        Assert.Equal([open, decided, withdrawn], all.Select(c => c.Id));
        Assert.Equal([ConflictState.AwaitingReasoning, ConflictState.Decided, ConflictState.Withdrawn], all.Select(c => c.State));
    }

    [Fact]
    public async Task EveryRowKind_RoundTripsThroughTheStore()
    {
        var harness = Create(azurite.Server);
        await harness.Service.SetEscalationAsync(harness.As(Dev), Carol, null);
        var id = await harness.DecidedAsync();
        await harness.Service.ReopenAsync(harness.As(Ben), id, "Vendor slipped");
        await harness.Service.ProposeAsync(harness.As(Ben), id, MoveTo(new DateOnly(2027, 2, 14)), "SSO needs February");
        await harness.Service.ApproveAsync(harness.As(Ana, "teams:approve-2"), id, 2, "ok");

        var stored = await harness.Store.GetAsync(harness.Workspace, id);
        var log = await harness.Store.ReadLogAsync(harness.Workspace, id);
        var decisions = await harness.Store.ListDecisionsAsync(harness.Workspace, 10);
        var settings = await harness.Store.GetAsync(harness.Workspace);
        var receipt = await harness.Store.FindDeliveryAsync(harness.Workspace, new DeliveryId("teams:approve-2"));

        Assert.Equal(ConflictState.Decided, stored!.Conflict.State);
        Assert.Equal(2, stored.Conflict.Decisions.Count);
        Assert.Equal(new DateOnly(2027, 2, 14), stored.Conflict.Deadline);
        Assert.Equal(Enumerable.Range(1, stored.Conflict.Version), log.Select(e => e.Stamp.Sequence));
        Assert.Equal(
            [typeof(ConflictOpened), typeof(ReasoningSubmitted), typeof(ReasoningSubmitted), typeof(ProposalMade), typeof(ProposalApproved),
             typeof(ConflictDecided), typeof(ConflictReopened), typeof(ProposalMade), typeof(ProposalApproved), typeof(ConflictDecided)],
            log.Select(e => e.GetType()));
        Assert.Equal([2, 1], decisions.Select(d => d.Decision.Number));
        Assert.Equal(1, decisions[0].Supersedes);
        Assert.Equal("Ana", decisions[0].ProductManager);
        Assert.Equal(Carol, settings.EscalationApprover);
        Assert.Equal(id, receipt!.ConflictId);
        Assert.Empty(await harness.Store.ListOpenAsync(harness.Workspace));
    }

    [Fact]
    public async Task FiftyParallelApprovals_DecideExactlyOnce()
    {
        var harness = Create(azurite.Server);
        var id = await harness.ProposedAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            harness.Service.ApproveAsync(harness.As(Ben, $"teams:approve-{i}"), id, 1, $"note {i}")));

        Assert.Single(outcomes, o => o.Kind == OutcomeKind.Changed);
        Assert.All(outcomes.Where(o => o.Kind != OutcomeKind.Changed), o =>
            Assert.True(o.Refusal?.Code is RefusalCode.Stale or RefusalCode.AlreadyDone or RefusalCode.WrongState, o.Refusal?.Message));
        var log = await harness.Store.ReadLogAsync(harness.Workspace, id);
        Assert.Single(log.OfType<ConflictDecided>());
        Assert.Single(log.OfType<ProposalApproved>());
        Assert.Equal(Enumerable.Range(1, log.Count), log.Select(e => e.Stamp.Sequence));
        var stored = await harness.Store.GetAsync(harness.Workspace, id);
        Assert.Equal(log.Count, stored!.Conflict.Version);
        Assert.Single(await harness.Store.ListDecisionsAsync(harness.Workspace, 10));
    }

    [Fact]
    public async Task RacingProposalsAndApprovals_TellOneConsistentStory()
    {
        var harness = Create(azurite.Server);
        var id = await harness.ProposedAsync();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => (i % 3) switch
        {
            0 => harness.Service.ApproveAsync(harness.As(Ben), id, null, null),
            1 => harness.Service.ProposeAsync(harness.As(Ana), id, MoveTo(new DateOnly(2027, 1, 10).AddDays(i)), $"option {i}"),
            _ => harness.Service.RejectAsync(harness.As(Ben), id, null, $"no {i}"),
        }));

        var log = await harness.Store.ReadLogAsync(harness.Workspace, id);
        var stored = (await harness.Store.GetAsync(harness.Workspace, id))!.Conflict;
        Assert.Equal(Enumerable.Range(1, log.Count), log.Select(e => e.Stamp.Sequence));
        Assert.Equal(log.Count, stored.Version);
        Assert.Equal(log.OfType<ConflictDecided>().Count(), stored.Decisions.Count);
        Assert.Equal(log.OfType<ProposalMade>().Count(), stored.ProposalCount);
        Assert.Equal(stored.IsOpen, (await harness.Store.ListOpenAsync(harness.Workspace)).Any(c => c.Conflict.Id == id));
    }

    [Fact]
    public async Task Redelivery_ConcurrentAndSequential_WritesOnce()
    {
        var harness = Create(azurite.Server);
        var id = await harness.OpenAsync();

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            harness.Service.SubmitReasoningAsync(harness.As(Ana, "slack:Ev01"), id, Reasoning())));
        var later = await harness.Service.SubmitReasoningAsync(harness.As(Ana, "slack:Ev01"), id, Reasoning());
        var reopened = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => harness.Service.OpenAsync(harness.As(Dev, "teams:open-1"), Draft())));

        Assert.Single(concurrent, o => o.Kind == OutcomeKind.Changed);
        Assert.Equal(OutcomeKind.Duplicate, later.Kind);
        Assert.Equal(2, (await harness.Store.ReadLogAsync(harness.Workspace, id)).Count);
        Assert.Single(reopened.Select(o => o.Conflict!.Id).Distinct());
        Assert.Equal(2, (await harness.Store.ListOpenAsync(harness.Workspace)).Count);
    }

    [Fact]
    public async Task LostResponse_RetriedCommitIsRecognisedAsOurOwn()
    {
        var fault = new DropFirstBatchResponse();
        var harness = Create(azurite.Server, fault);
        var id = await harness.ProposedAsync();
        fault.Armed = true;

        var outcome = await harness.Service.ApproveAsync(harness.As(Ben), id, null, null);

        Assert.True(fault.Dropped);
        Assert.Equal(OutcomeKind.Changed, outcome.Kind);
        Assert.Single((await harness.Store.ReadLogAsync(harness.Workspace, id)).OfType<ConflictDecided>());
    }

    [Fact]
    public async Task LostResponseOnOpen_OpensOnlyOnce()
    {
        var fault = new DropFirstBatchResponse { Armed = true };
        var harness = Create(azurite.Server, fault);

        var outcome = await harness.Service.OpenAsync(harness.As(Dev), Draft());

        Assert.True(fault.Dropped);
        Assert.Equal(OutcomeKind.Changed, outcome.Kind);
        Assert.Single(await harness.Store.ListOpenAsync(harness.Workspace));
    }

    [Fact]
    public async Task ListOpen_ReadsTheSameRowsWhateverTheHistory()
    {
        var harness = Create(azurite.Server);
        var open = new List<ConflictId>();
        for (var i = 0; i < 3; i++)
        {
            open.Add(await harness.ProposedAsync($"Open {i}"));
        }

        harness.Counter.Reset();
        var before = await harness.Store.ListOpenAsync(harness.Workspace);
        var rowsBefore = harness.Counter.EntityCount;
        var requestsBefore = harness.Counter.RequestCount;

        await SeedDecidedHistoryAsync(harness, conflicts: 500, entriesPerConflict: 10);

        harness.Counter.Reset();
        var after = await harness.Store.ListOpenAsync(harness.Workspace);

        Assert.Equal(3, before.Count);
        Assert.Equal(3, after.Count);
        Assert.Equal(3, rowsBefore);
        Assert.Equal(rowsBefore, harness.Counter.EntityCount);
        Assert.Equal(requestsBefore, harness.Counter.RequestCount);
    }

    [Fact]
    public async Task ListDecisions_ReadsOnlyTheNewestN()
    {
        var harness = Create(azurite.Server);
        for (var i = 0; i < 12; i++)
        {
            await harness.DecidedAsync($"Release {i}");
            harness.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        harness.Counter.Reset();
        var latest = await harness.Store.ListDecisionsAsync(harness.Workspace, 5);

        Assert.Equal(["Release 11", "Release 10", "Release 9", "Release 8", "Release 7"], latest.Select(d => d.Release));
        Assert.Equal(5, harness.Counter.EntityCount);
    }

    [Fact]
    public async Task ListDecisionsBetween_ReadsOnlyTheWindow()
    {
        var harness = Create(azurite.Server);
        var start = harness.Clock.GetUtcNow();
        for (var i = 0; i < 6; i++)
        {
            await harness.DecidedAsync($"Release {i}");
            harness.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        harness.Counter.Reset();
        var window = await harness.Store.ListDecisionsBetweenAsync(harness.Workspace, start.AddMinutes(1), start.AddMinutes(3), 50);

        // Decided at +0..+5 minutes: after +1 and up to +3 are the ones at +2 and +3.
        Assert.Equal(["Release 3", "Release 2"], window.Select(d => d.Release));
        Assert.Equal(2, harness.Counter.EntityCount);
    }

    [Fact]
    public async Task Settings_SaveIsOptimistic()
    {
        var harness = Create(azurite.Server);

        var first = await harness.Store.TrySaveAsync(harness.Workspace, new WorkspaceSettings(Carol, 0), 0);
        var stale = await harness.Store.TrySaveAsync(harness.Workspace, new WorkspaceSettings(Dev, 0), 0);
        var second = await harness.Store.TrySaveAsync(harness.Workspace, new WorkspaceSettings(Dev, 1), 1);

        Assert.Equal(1, first!.Version);
        Assert.Null(stale);
        Assert.Equal(Dev, second!.EscalationApprover);
        Assert.Equal(2, (await harness.Store.GetAsync(harness.Workspace)).Version);
    }

    /// <summary>
    /// Writes 5,000 rows of decided history (log rows and decision rows, as the store lays them out) in batches of
    /// 100, much faster than driving 500 conflicts through the service.
    /// </summary>
    private static async Task SeedDecidedHistoryAsync(StoreHarness harness, int conflicts, int entriesPerConflict)
    {
        var partition = RowKeys.Partition(harness.Workspace);
        var rows = new List<TableEntity>();
        for (var n = 1000; n < 1000 + conflicts; n++)
        {
            var id = new ConflictId(n);
            rows.Add(new TableEntity(partition, RowKeys.Conflict(id)) { ["State"] = "Decided" });
            for (var s = 1; s < entriesPerConflict - 1; s++)
            {
                rows.Add(new TableEntity(partition, RowKeys.Log(id, s)) { ["Summary"] = "history" });
            }

            rows.Add(new TableEntity(partition, RowKeys.Decision(harness.Clock.GetUtcNow().AddDays(-n), id, 1)) { ["Release"] = "old" });
        }

        foreach (var chunk in rows.Chunk(100))
        {
            await harness.Table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        }

        Assert.Equal(conflicts * entriesPerConflict, rows.Count);
    }

    /// <summary>Lets the first armed batch reach the service, then pretends the answer was lost (503), as a timeout would.</summary>
    private sealed class DropFirstBatchResponse : DelegatingHandler
    {
        public bool Armed { get; set; }

        public bool Dropped { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (Armed && !Dropped && request.RequestUri!.AbsolutePath.EndsWith("$batch", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.Accepted)
            {
                Dropped = true;
                response.Dispose();
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }

            return response;
        }
    }
}
