using Xunit;

namespace BridgeBot.Testing.Azurite;

/// <summary>
/// One <see cref="AzuriteServer"/> shared by the test classes of an assembly's <c>Azurite</c> collection.
/// </summary>
/// <remarks>
/// xunit reads collection definitions only from the test assembly itself, so each test assembly declares
/// <c>[CollectionDefinition(AzuriteFixture.CollectionName)] public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;</c>
/// and its classes take <c>[Collection(AzuriteFixture.CollectionName)]</c>.
/// </remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The collection name test classes join.</summary>
    public const string CollectionName = "Azurite";

    private AzuriteServer? _server;

    /// <summary>The running server.</summary>
    public AzuriteServer Server => _server ?? throw new InvalidOperationException("The Azurite fixture has not started.");

    /// <summary>A table name unique within this run, so tests never see each other's rows.</summary>
    /// <param name="prefix">Letters that say which test owns the table.</param>
    /// <returns>A valid table name.</returns>
    public static string UniqueTableName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

    /// <inheritdoc />
    public async Task InitializeAsync() => _server = await AzuriteServer.StartNewAsync().ConfigureAwait(false);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
