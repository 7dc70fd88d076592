using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Retrospectives;
using BridgeBot.Storage.Tests.Support;
using BridgeBot.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using static BridgeBot.Storage.Tests.Support.StoreHarness;

namespace BridgeBot.Storage.Tests.Retrospectives;

[Collection(AzuriteFixture.CollectionName)]
public class TableRetrospectiveLedgerTests(AzuriteFixture azurite)
{
    // StoreHarness.DecidedAsync moves the release to 2027-01-10.
    private static readonly DateOnly Released = new(2027, 1, 10);
    private static readonly DateTimeOffset Later = new(2027, 1, 24, 9, 0, 0, TimeSpan.Zero);

    private static TableRetrospectiveLedger Ledger(StoreHarness harness) =>
        new(harness.Table, new TableProvisioner(harness.Table), NullLogger<TableRetrospectiveLedger>.Instance);

    [Fact]
    public async Task Decide_WritesADueEntry_ListedOnceTheReleaseDateIsReached()
    {
        var harness = Create(azurite.Server);
        var ledger = Ledger(harness);
        await harness.ProposedAsync("Billing 3.0");
        var id = await harness.DecidedAsync();

        Assert.Empty(await ledger.ListDueAsync(Released.AddDays(-1), Later, 10));
        var due = Assert.Single(await ledger.ListDueAsync(Released, Later, 10));

        Assert.Equal((harness.Workspace, id, 1, Released, 0), (due.Workspace, due.ConflictId, due.DecisionNumber, due.ReleaseDate, due.Attempt));
        Assert.Empty(due.Asked);
    }

    [Fact]
    public async Task Claim_ByTwoInstances_OnlyOneWins_AndTheLeaseHidesItUntilItRunsOut()
    {
        var harness = Create(azurite.Server);
        var ledger = Ledger(harness);
        var otherInstance = Ledger(harness);
        await harness.DecidedAsync();
        var seen = Assert.Single(await ledger.ListDueAsync(Released, Later, 10));
        var seenByOther = Assert.Single(await otherInstance.ListDueAsync(Released, Later, 10));

        var claims = await Task.WhenAll(ledger.TryClaimAsync(seen, Later.AddMinutes(10)), otherInstance.TryClaimAsync(seenByOther, Later.AddMinutes(10)));

        var claim = Assert.Single(claims, c => c is not null);
        Assert.Equal(1, claim!.Attempt);
        Assert.Empty(await ledger.ListDueAsync(Released, Later.AddMinutes(9), 10));
        var takenOver = Assert.Single(await otherInstance.ListDueAsync(Released, Later.AddMinutes(10), 10));
        Assert.NotNull(await otherInstance.TryClaimAsync(takenOver, Later.AddMinutes(20)));
        Assert.Null(await ledger.RecordAskedAsync(claim, ManagerRole.Product));
    }

    [Fact]
    public async Task RecordAskedThenRetryLater_KeepsProgressForTheNextAttempt()
    {
        var harness = Create(azurite.Server);
        var ledger = Ledger(harness);
        await harness.DecidedAsync();
        var claim = await ledger.TryClaimAsync(Assert.Single(await ledger.ListDueAsync(Released, Later, 10)), Later.AddMinutes(10));

        var asked = await ledger.RecordAskedAsync(claim!, ManagerRole.Product);
        Assert.True(await ledger.RetryLaterAsync(asked!, Later.AddMinutes(5), "Slack said ratelimited"));

        Assert.Empty(await ledger.ListDueAsync(Released, Later.AddMinutes(4), 10));
        var retry = Assert.Single(await ledger.ListDueAsync(Released, Later.AddMinutes(5), 10));
        Assert.Equal([ManagerRole.Product], retry.Asked);
        Assert.Equal(1, retry.Attempt);
    }

    [Fact]
    public async Task Complete_RemovesTheEntry_SoLaterTicksReadNothing()
    {
        var harness = Create(azurite.Server);
        var ledger = Ledger(harness);
        await harness.DecidedAsync();
        var claim = await ledger.TryClaimAsync(Assert.Single(await ledger.ListDueAsync(Released, Later, 10)), Later.AddMinutes(10));

        await ledger.CompleteAsync(claim!);

        Assert.Empty(await ledger.ListDueAsync(Released.AddYears(1), Later.AddYears(1), 10));
    }

    [Fact]
    public async Task Redecide_AddsAnEntryForTheNewDecision()
    {
        var harness = Create(azurite.Server);
        var ledger = Ledger(harness);
        var id = await harness.DecidedAsync();
        await harness.Service.ReopenAsync(harness.As(Ana), id, "vendor slipped");
        await harness.Service.ProposeAsync(harness.As(Ben), id, MoveTo(new DateOnly(2027, 2, 1)), "three more weeks");
        await harness.Service.ApproveAsync(harness.As(Ana), id, null, null);

        var due = await ledger.ListDueAsync(new DateOnly(2027, 2, 1), Later, 10);

        Assert.Equal([(1, Released), (2, new DateOnly(2027, 2, 1))], due.Select(d => (d.DecisionNumber, d.ReleaseDate)));
    }

    [Fact]
    public async Task ListDue_StopsAtMax()
    {
        var harness = Create(azurite.Server);
        var ledger = Ledger(harness);
        await harness.DecidedAsync("A");
        await harness.DecidedAsync("B");
        await harness.DecidedAsync("C");

        Assert.Equal(2, (await ledger.ListDueAsync(Released, Later, 2)).Count);
        Assert.Empty(await ledger.ListDueAsync(Released, Later, 0));
    }
}
