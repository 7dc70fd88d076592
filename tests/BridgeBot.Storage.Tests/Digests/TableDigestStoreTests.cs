using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Digests;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tables;
using BridgeBot.Storage.Tests.Support;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace BridgeBot.Storage.Tests.Digests;

[Collection(AzuriteFixture.CollectionName)]
public class TableDigestStoreTests(AzuriteFixture azurite)
{
    private static readonly WorkspaceId Workspace = WorkspaceId.ForTeams("tenant/with#odd?chars");
    private static readonly UserRef Dev = new("U0DEV", "Dev");

    // Monday 2026-11-23, 08:00 UTC = 09:00 in Berlin.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static DigestSchedule At(int hour, int minute, bool quiet = false) =>
        new(new TimeOnly(hour, minute), "Europe/Berlin", DigestSchedule.Weekdays, quiet);

    private static (TableDigestStore Store, CountingHandler Counter) Create(AzuriteServer server, string? tableName = null)
    {
        var (table, counter) = TestTables.Create(server, tableName: tableName);
        return (new TableDigestStore(table, new TableProvisioner(table), NullLogger<TableDigestStore>.Instance), counter);
    }

    private static Task<SubscriptionStatus> Subscribe(TableDigestStore store, string channel, DigestSchedule schedule, DateTimeOffset now) =>
        store.SaveAsync(new DigestSubscription(Workspace, channel, schedule, Dev, now), schedule.NextDue(now), WorkingHours.Default.NextStart(now, schedule.TimeZoneId));

    [Fact]
    public async Task Save_ThenFind_RoundTripsTheSchedule()
    {
        var (store, _) = Create(azurite.Server);
        var schedule = new DigestSchedule(new TimeOnly(9, 30), "America/New_York", new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Friday }, true);

        await Subscribe(store, "19:odd/channel#id?", schedule, Monday);
        var found = await store.FindAsync(Workspace, "19:odd/channel#id?");

        Assert.NotNull(found);
        Assert.Equal(schedule.Describe(), found.Subscription.Schedule.Describe());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 30, 0, TimeSpan.Zero), found.NextDue);
        Assert.Null(found.LastDigestAt);
        Assert.Null(await store.FindAsync(Workspace, "another"));
    }

    [Fact]
    public async Task ListDue_ReadsOnlyDueRows_However_ManySubscriptionsAreNotDue()
    {
        var (one, oneCounter) = Create(azurite.Server);
        var (many, manyCounter) = Create(azurite.Server);
        await Subscribe(one, "C-0", At(10, 0), Monday);
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => await Subscribe(many, "C-" + i, At(10, 0), Monday));
        await Subscribe(many, "due-1", At(9, 0), Monday.AddMinutes(-5));
        await Subscribe(many, "due-2", At(9, 0), Monday.AddMinutes(-5));

        oneCounter.Reset();
        manyCounter.Reset();
        var dueOfOne = await one.ListDueAsync(Monday.AddMinutes(30), 100);
        var dueOfMany = await many.ListDueAsync(Monday.AddMinutes(30), 100);

        Assert.Empty(dueOfOne);
        Assert.Equal(["due-1", "due-2"], dueOfMany.Where(e => e.Kind == DueKind.Digest).Select(e => e.Subscription.ChannelId).Order());
        Assert.Equal((1, 0), (oneCounter.RequestCount, oneCounter.EntityCount));

        // The two due digests and their two sweeps (09:00 Berlin is also the start of working hours): nothing else.
        Assert.Equal((1, 4), (manyCounter.RequestCount, manyCounter.EntityCount));
    }

    [Fact]
    public async Task Claim_SubscriptionChangedBetweenTicks_OldEntryDoesNotFire()
    {
        var (store, _) = Create(azurite.Server);
        await Subscribe(store, "C1", At(9, 30), Monday);
        var tick = Monday.AddMinutes(31);
        var entry = Assert.Single(await store.ListDueAsync(tick, 10), e => e.Kind == DueKind.Digest);

        await Subscribe(store, "C1", At(11, 0), Monday.AddMinutes(31));
        var claim = await store.TryClaimAsync(entry, At(9, 30).NextDue(tick), new DateOnly(2026, 11, 23), tick, tick.AddMinutes(10));

        Assert.Null(claim);
        Assert.DoesNotContain(await store.ListDueAsync(tick, 10), e => e.Kind == DueKind.Digest);
        var moved = Assert.Single(await store.ListDueAsync(Monday.AddHours(2), 10), e => e.Kind == DueKind.Digest);
        Assert.Equal(Monday.AddHours(2), moved.At);
    }

    [Fact]
    public async Task Claim_ByThreeInstancesAtOnce_ExactlyOneWinsAndTheScheduleMovesOn()
    {
        var tableName = AzuriteFixture.UniqueTableName("t");
        var (store, _) = Create(azurite.Server, tableName);
        await Subscribe(store, "C1", At(9, 30), Monday);
        var tick = Monday.AddMinutes(31);
        var entry = Assert.Single(await store.ListDueAsync(tick, 10), e => e.Kind == DueKind.Digest);
        var next = At(9, 30).NextDue(tick);

        // Each instance has its own client over the same table.
        var stores = new[] { store, Create(azurite.Server, tableName).Store, Create(azurite.Server, tableName).Store };
        var claims = await Task.WhenAll(stores.Select(s => s.TryClaimAsync(entry, next, new DateOnly(2026, 11, 23), tick, tick.AddMinutes(10))));

        var claim = Assert.Single(claims, c => c is not null);
        Assert.Equal(Monday, claim!.Since);
        Assert.Equal(1, claim.Attempt);
        Assert.Equal(next, (await store.FindAsync(Workspace, "C1"))!.NextDue);
        Assert.Equal(tick, (await store.FindAsync(Workspace, "C1"))!.LastDigestAt);
    }

    [Fact]
    public async Task Retry_AfterAFailure_IsTakenOnceThenGivenUp()
    {
        var (store, _) = Create(azurite.Server);
        var (tick, claim) = await ClaimMondayAsync(store);

        Assert.True(await store.ScheduleRetryAsync(claim, tick.AddMinutes(2), "connector answered 500"));
        var retry = Assert.Single(await store.ListDueAsync(tick.AddMinutes(3), 10), e => e.Kind == DueKind.Retry);
        var takeovers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => store.TryTakeOverAsync(retry, 2, tick.AddMinutes(13))));
        var second = Assert.Single(takeovers, t => t.Claim is not null).Claim!;
        Assert.Equal(2, second.Attempt);
        Assert.False(await store.MarkPostedAsync(claim, "stale holder"));

        // The second attempt's holder dies: its watchdog fires and the digest is given up (reported), not tried a third time.
        var watchdog = Assert.Single(await store.ListDueAsync(tick.AddMinutes(14), 10), e => e.Kind == DueKind.Retry);
        var end = await store.TryTakeOverAsync(watchdog, 2, tick.AddMinutes(30));
        Assert.Null(end.Claim);
        Assert.Equal(new DateOnly(2026, 11, 23), end.GiveUp!.Day);
        Assert.DoesNotContain(await store.ListDueAsync(tick.AddHours(1), 10), e => e.Kind == DueKind.Retry);
    }

    [Fact]
    public async Task Retry_AfterTheDigestWasTurnedOff_IsNotTaken()
    {
        var (store, _) = Create(azurite.Server);
        var (tick, claim) = await ClaimMondayAsync(store);
        Assert.True(await store.ScheduleRetryAsync(claim, tick.AddMinutes(2), "connector answered 500"));

        Assert.True(await store.RemoveAsync(Workspace, "C1"));
        var retry = Assert.Single(await store.ListDueAsync(tick.AddMinutes(3), 10), e => e.Kind == DueKind.Retry);
        var takeover = await store.TryTakeOverAsync(retry, 2, tick.AddMinutes(13));

        Assert.Null(takeover.Claim);
        Assert.Null(takeover.GiveUp);
        Assert.Empty(await store.ListDueAsync(tick.AddHours(1), 10));
    }

    [Fact]
    public async Task MarkPosted_DropsTheWatchdog()
    {
        var (store, _) = Create(azurite.Server);
        var (tick, claim) = await ClaimMondayAsync(store);

        var withRoot = await store.RecordRootAsync(claim, "root-1");
        Assert.True(await store.MarkPostedAsync(withRoot!, "posted"));

        Assert.DoesNotContain(await store.ListDueAsync(tick.AddHours(1), 10), e => e.Kind == DueKind.Retry);
    }

    [Fact]
    public async Task Remove_DropsTheSubscriptionAndItsDueEntries()
    {
        var (store, _) = Create(azurite.Server);
        await Subscribe(store, "C1", At(9, 30), Monday);

        Assert.True(await store.RemoveAsync(Workspace, "C1"));
        Assert.False(await store.RemoveAsync(Workspace, "C1"));

        Assert.Empty(await store.ListDueAsync(Monday.AddDays(7), 10));
    }

    [Fact]
    public async Task Sweep_IsTakenByOneInstance()
    {
        var (store, _) = Create(azurite.Server);
        await Subscribe(store, "C1", At(9, 30), Monday.AddMinutes(-5));
        var sweep = Assert.Single(await store.ListDueAsync(Monday.AddMinutes(1), 10), e => e.Kind == DueKind.Sweep);

        var taken = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => store.TryTakeSweepAsync(sweep, Monday.AddDays(1))));

        Assert.Single(taken, t => t);
        Assert.Equal(Monday.AddDays(1), Assert.Single(await store.ListDueAsync(Monday.AddDays(1), 10), e => e.Kind == DueKind.Sweep).At);
    }

    [Fact]
    public async Task Nudge_IsRecordedOncePerDay()
    {
        var (store, _) = Create(azurite.Server);
        var day = new DateOnly(2026, 11, 23);

        var first = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => store.TryRecordNudgeAsync(Workspace, new ConflictId(1), Dev, day)));
        var nextDay = await store.TryRecordNudgeAsync(Workspace, new ConflictId(1), Dev, day.AddDays(1));

        Assert.Single(first, f => f);
        Assert.True(nextDay);
    }

    /// <summary>Subscribes C1 at 09:30 Berlin and claims Monday's digest a minute after it fell due.</summary>
    private static async Task<(DateTimeOffset Tick, DigestClaim Claim)> ClaimMondayAsync(TableDigestStore store)
    {
        await Subscribe(store, "C1", At(9, 30), Monday);
        var tick = Monday.AddMinutes(31);
        var entry = Assert.Single(await store.ListDueAsync(tick, 10), e => e.Kind == DueKind.Digest);
        var claim = await store.TryClaimAsync(entry, At(9, 30).NextDue(tick), new DateOnly(2026, 11, 23), tick, tick.AddMinutes(10));
        return (tick, Assert.IsType<DigestClaim>(claim));
    }
}
