using Xunit;

namespace BridgeBot.Testing.Azurite;

/// <summary>
/// One Azurite shared by a test collection. xunit finds collection definitions only in the test assembly, so each
/// test project declares <c>[CollectionDefinition("Azurite")] class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;</c>.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? server;

    public AzuriteServer Server => server ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync() => server = await AzuriteServer.StartNewAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
