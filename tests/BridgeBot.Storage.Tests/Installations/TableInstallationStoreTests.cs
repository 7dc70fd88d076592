using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Installations;
using BridgeBot.Storage.Tests.Support;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Azurite;

namespace BridgeBot.Storage.Tests.Installations;

[Collection(AzuriteFixture.CollectionName)]
public class TableInstallationStoreTests(AzuriteFixture azurite)
{
    private static readonly WorkspaceId Acme = WorkspaceId.ForSlack("T0ACME");
    private static readonly WorkspaceId Globex = WorkspaceId.ForSlack("T0GLOBEX");
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Find_AfterSave_ReturnsTheInstallationOfThatWorkspaceOnly()
    {
        var store = Create();
        var installation = new WorkspaceInstallation(Acme, "xoxb-acme-1", "U0BOT", "U0ADMIN", At);

        await store.SaveAsync(installation);

        Assert.Equal(installation, await store.FindAsync(Acme));
        Assert.Null(await store.FindAsync(Globex));
    }

    [Fact]
    public async Task Save_Reinstall_ReplacesTheToken()
    {
        var store = Create();

        await store.SaveAsync(new WorkspaceInstallation(Acme, "xoxb-acme-1", "U0BOT", "U0ADMIN", At));
        await store.SaveAsync(new WorkspaceInstallation(Acme, "xoxb-acme-2", "U0BOT", null, At.AddDays(1)));

        var found = await store.FindAsync(Acme);
        Assert.Equal("xoxb-acme-2", found!.AccessToken);
        Assert.Null(found.InstalledBy);
        Assert.Equal(At.AddDays(1), found.InstalledAt);
    }

    [Fact]
    public async Task Remove_ForgetsTheInstallationAndIsIdempotent()
    {
        var store = Create();
        await store.SaveAsync(new WorkspaceInstallation(Acme, "xoxb-acme-1", null, null, At));

        await store.RemoveAsync(Acme);
        await store.RemoveAsync(Acme);

        Assert.Null(await store.FindAsync(Acme));
    }

    [Fact]
    public void ToString_NeverShowsTheToken() =>
        Assert.DoesNotContain("xoxb", new WorkspaceInstallation(Acme, "xoxb-secret", "U0BOT", "U0ADMIN", At).ToString());

    [Fact]
    public async Task Token_IsSealedAtRest_AndOpensForItsWorkspace()
    {
        var (store, table) = CreateWithTable(Key);

        await store.SaveAsync(new WorkspaceInstallation(Acme, "xoxb-acme-secret", "U0BOT", "U0ADMIN", At));

        var row = (await table.GetEntityAsync(RowKeys.Partition(Acme), RowKeys.Installation)).Value;
        Assert.StartsWith("sealed.v1:", row.GetString("AccessToken"), StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb", row.GetString("AccessToken"), StringComparison.Ordinal);
        Assert.Equal("xoxb-acme-secret", (await store.FindAsync(Acme))!.AccessToken);
    }

    [Fact]
    public async Task SealedToken_CopiedToAnotherWorkspace_OrAltered_OrUnderAnotherKey_DoesNotOpen()
    {
        var (store, table) = CreateWithTable(Key);
        await store.SaveAsync(new WorkspaceInstallation(Acme, "xoxb-acme-secret", "U0BOT", "U0ADMIN", At));
        var sealedToken = (await table.GetEntityAsync(RowKeys.Partition(Acme), RowKeys.Installation)).Value.GetString("AccessToken")!;
        var other = WorkspaceId.ForSlack("T0OTHER");
        await table.UpsertEntityAsync(new TableEntity(RowKeys.Partition(other), RowKeys.Installation) { ["AccessToken"] = sealedToken });

        Assert.Null(await store.FindAsync(other));
        await table.UpsertEntityAsync(new TableEntity(RowKeys.Partition(Acme), RowKeys.Installation) { ["AccessToken"] = sealedToken[..^6] + "AAAAAA" });
        Assert.Null(await store.FindAsync(Acme));
        await store.SaveAsync(new WorkspaceInstallation(Acme, "xoxb-acme-secret", "U0BOT", "U0ADMIN", At));
        var otherKey = new TableInstallationStore(table, new TableProvisioner(table), new TokenSealer(Convert.ToBase64String(new byte[32])));
        Assert.Null(await otherKey.FindAsync(Acme));
    }

    [Fact]
    public async Task TokenStoredBeforeAKeyWasSet_IsStillRead_AndSealedOnItsNextSave()
    {
        var (plain, table) = CreateWithTable(key: null);
        await plain.SaveAsync(new WorkspaceInstallation(Acme, "xoxb-acme-secret", "U0BOT", "U0ADMIN", At));
        var keyed = new TableInstallationStore(table, new TableProvisioner(table), new TokenSealer(Key));

        Assert.Equal("xoxb-acme-secret", (await keyed.FindAsync(Acme))!.AccessToken);
        await keyed.SaveAsync((await keyed.FindAsync(Acme))!);
        Assert.StartsWith("sealed.v1:", (await table.GetEntityAsync(RowKeys.Partition(Acme), RowKeys.Installation)).Value.GetString("AccessToken"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Sealer_WithAMalformedKey_Refuses(string key) => Assert.Throws<FormatException>(() => new TokenSealer(key));

    // 32 bytes, base64 (a test key, not a secret).
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private TableInstallationStore Create() => CreateWithTable(Key).Store;

    private (TableInstallationStore Store, TableClient Table) CreateWithTable(string? key)
    {
        var (table, _) = TestTables.Create(azurite.Server);
        return (new TableInstallationStore(table, new TableProvisioner(table), new TokenSealer(key)), table);
    }
}
