using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tests.Support;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Time;

namespace BridgeBot.Storage.Tests.DecisionLog;

[Collection(AzuriteFixture.CollectionName)]
public class TableConversationStoreTests(AzuriteFixture azurite)
{
    private static readonly WorkspaceId Workspace = WorkspaceId.ForTeams("00000000-0000-0000-0000-0000000000001");

    [Fact]
    public async Task Conversation_SavedTwice_KeepsTheLatestPayload()
    {
        var store = Create();
        var key = "teams:conversation:19:abc@thread.tacv2;messageid=17/x#y?z";

        await store.SaveConversationAsync(Workspace, new ConversationAddress(key, "{\"v\":1}"));
        await store.SaveConversationAsync(Workspace, new ConversationAddress(key, "{\"v\":2}"));

        Assert.Equal("{\"v\":2}", (await store.FindConversationAsync(Workspace, key))!.Payload);
        Assert.Null(await store.FindConversationAsync(Workspace, "teams:conversation:other"));
    }

    [Fact]
    public async Task Cards_EveryPostedCopyIsKeptOnce()
    {
        var store = Create();
        var id = new ConflictId(42);

        await store.SaveCardAsync(Workspace, id, new CardAddress("teams:conversation:channel", "1001", null));
        await store.SaveCardAsync(Workspace, id, new CardAddress("teams:user:29:ana", "2001", "29:ana"));
        await store.SaveCardAsync(Workspace, id, new CardAddress("teams:conversation:channel", "1002", null));
        await store.SaveCardAsync(Workspace, id, new CardAddress("teams:conversation:channel", "1002", null));
        await store.SaveCardAsync(Workspace, new ConflictId(43), new CardAddress("teams:conversation:channel", "3001", null));

        var cards = await store.ListCardsAsync(Workspace, id);

        Assert.Equal(3, cards.Count);
        Assert.Contains(new CardAddress("teams:conversation:channel", "1001", null), cards);
        Assert.Contains(new CardAddress("teams:conversation:channel", "1002", null), cards);
        Assert.Contains(new CardAddress("teams:user:29:ana", "2001", "29:ana"), cards);
    }

    [Fact]
    public async Task CardPost_ClaimedConcurrently_ExactlyOneClaimantPosts()
    {
        var store = Create();
        var id = new ConflictId(7);

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.TryClaimCardPostAsync(Workspace, id, "teams:conversation:channel", TimeSpan.FromMinutes(2))));

        Assert.Single(claims, claimed => claimed);
        Assert.True(await store.TryClaimCardPostAsync(Workspace, id, "teams:conversation:other", TimeSpan.FromMinutes(2)));
        Assert.True(await store.TryClaimCardPostAsync(Workspace, new ConflictId(8), "teams:conversation:channel", TimeSpan.FromMinutes(2)));
        Assert.Empty(await store.ListCardsAsync(Workspace, id)); // a claim is not a card
    }

    [Fact]
    public async Task CardPost_ReleasedAfterAFailedPost_CanBeClaimedAgain()
    {
        var store = Create();
        var id = new ConflictId(7);
        await store.TryClaimCardPostAsync(Workspace, id, "slack:channel:C1", TimeSpan.FromMinutes(2));

        await store.ReleaseCardPostAsync(Workspace, id, "slack:channel:C1");

        Assert.True(await store.TryClaimCardPostAsync(Workspace, id, "slack:channel:C1", TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public async Task CardPost_ClaimOlderThanItsStaleness_IsTakenOverOnce()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var store = Create(clock);
        var id = new ConflictId(7);
        await store.TryClaimCardPostAsync(Workspace, id, "teams:conversation:channel", TimeSpan.FromMinutes(2));
        clock.Advance(TimeSpan.FromMinutes(1));
        var fresh = await store.TryClaimCardPostAsync(Workspace, id, "teams:conversation:channel", TimeSpan.FromMinutes(2));
        clock.Advance(TimeSpan.FromMinutes(2));

        var takeovers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => store.TryClaimCardPostAsync(Workspace, id, "teams:conversation:channel", TimeSpan.FromMinutes(2))));

        Assert.False(fresh);
        Assert.Single(takeovers, claimed => claimed);
    }

    private TableConversationStore Create(TimeProvider? clock = null)
    {
        var (table, _) = TestTables.Create(azurite.Server);
        return new TableConversationStore(table, new TableProvisioner(table), clock ?? TimeProvider.System);
    }
}
