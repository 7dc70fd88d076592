using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Installations;
using BridgeBot.Storage.Tests.Support;
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

    private TableInstallationStore Create()
    {
        var (table, _) = TestTables.Create(azurite.Server);
        return new TableInstallationStore(table, new TableProvisioner(table));
    }
}
