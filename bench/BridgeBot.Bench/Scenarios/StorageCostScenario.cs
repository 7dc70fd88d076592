using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace BridgeBot.Bench.Scenarios;

/// <summary>
/// (4) Storage cost, counted at the HTTP layer between the store and Azurite: round trips of one state change, and rows
/// read to build a digest for a workspace with 20 open conflicts as its decided history grows.
/// </summary>
internal static class StorageCostScenario
{
    private static readonly UserRef Ana = new("U0ANA", "Ana");
    private static readonly UserRef Ben = new("U0BEN", "Ben");

    public static async Task<StorageFigures> RunAsync(BenchHost host, BenchOptions options)
    {
        var counter = new CountingHandler();
        var tableOptions = new TableClientOptions { HttpClient = new HttpClient(counter) };
        var table = new TableClient(host.Azurite.ConnectionString, host.TableName, tableOptions);
        var store = new TableConflictStore(table, new TableProvisioner(table), NullLogger<TableConflictStore>.Instance);
        var service = new ConflictService(store, store, TimeProvider.System);
        var digests = new DigestService(
            new BridgeBot.Storage.Digests.TableDigestStore(table, new TableProvisioner(table), NullLogger<BridgeBot.Storage.Digests.TableDigestStore>.Instance),
            store,
            TimeProvider.System);
        var workspace = WorkspaceId.ForSlack("TSTORAGEBENCH");
        var context = new RequestContext(workspace, "C0BENCH", new UserRef("U0DEV", "Dev"), null);
        var deadline = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(30);
        var reasoning = new ReasoningInput("Trials stall", "Shoppers wait", "12 trials", Severity.High, OptionKind.MoveDate, null);

        var open = new List<ConflictId>();
        var proposal = (Requests: 0, Writes: 0);
        for (var i = 0; i < 20; i++)
        {
            var id = (await service.OpenAsync(context, new OpenDraft($"Open {i}", deadline, ["SSO"], Ana, Ben))).Conflict!.Id;
            await service.SubmitReasoningAsync(context with { Actor = Ana }, id, reasoning);
            await service.SubmitReasoningAsync(context with { Actor = Ben }, id, reasoning);
            counter.Reset();
            await service.ProposeAsync(context with { Actor = Ana }, id, new OptionInput(OptionKind.MoveDate, NewDate: deadline.AddDays(14)), "why");
            proposal = (counter.RequestCount, Writes(counter));
            open.Add(id);
        }

        // The state change that decides: it also files the decision for its retrospective (another partition).
        counter.Reset();
        var decided = await service.ApproveAsync(context with { Actor = Ben, Delivery = new DeliveryId("bench:approve") }, open[0], 1, null);
        var changeRequests = counter.RequestCount;
        var changeWrites = Writes(counter);
        if (decided.Kind != OutcomeKind.Changed)
        {
            throw new InvalidOperationException("The measured approval did not change the conflict: " + decided.Refusal?.Message);
        }

        var digestRows = new List<(int History, int Rows, int Requests)>();
        var seeded = 0;
        foreach (var size in options.HistorySizes)
        {
            await SeedHistoryAsync(table, workspace, seeded, size);
            seeded = size;
            counter.Reset();
            var now = TimeProvider.System.GetUtcNow();
            var digest = await digests.BuildAsync(workspace, now.AddDays(-1), now, DateOnly.FromDateTime(now.UtcDateTime));
            digestRows.Add((size, counter.EntityCount, counter.RequestCount));
            if (digest.DeadlinesComing.Count + digest.NeedsAttention.Count == 0 || digest.DecidedSince.Count != 1)
            {
                throw new InvalidOperationException("The digest does not show the 19 open conflicts and the one decision of the day.");
            }
        }

        return new StorageFigures(proposal.Requests, proposal.Writes, changeRequests, changeWrites, digestRows);
    }

    private static int Writes(CountingHandler counter) => counter.Exchanges.Count(exchange => exchange.Method != HttpMethod.Get);

    /// <summary>
    /// Decided conflicts from long ago as the store lays them out (conflict row, log rows, decision index row), written
    /// directly in batches of 100: driving 10,000 conflicts through the service would measure the seeding, not the digest.
    /// </summary>
    private static async Task SeedHistoryAsync(TableClient table, WorkspaceId workspace, int from, int to)
    {
        var partition = RowKeys.Partition(workspace);
        var rows = new List<TableEntity>();
        var longAgo = TimeProvider.System.GetUtcNow().AddYears(-1);
        for (var n = 100_000 + from; n < 100_000 + to; n++)
        {
            var id = new ConflictId(n);
            rows.Add(new TableEntity(partition, RowKeys.Conflict(id)) { ["State"] = "Decided" });
            rows.Add(new TableEntity(partition, RowKeys.Log(id, 1)) { ["Summary"] = "history" });
            rows.Add(new TableEntity(partition, RowKeys.Log(id, 2)) { ["Summary"] = "history" });
            rows.Add(new TableEntity(partition, RowKeys.Decision(longAgo.AddMinutes(-n), id, 1)) { ["Release"] = "old" });
        }

        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        }
    }
}
