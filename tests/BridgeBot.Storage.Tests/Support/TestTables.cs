using BridgeBot.Storage.Tables;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;

namespace BridgeBot.Storage.Tests.Support;

/// <summary>Table clients against the shared Azurite, each on a fresh table, with the HTTP traffic counted.</summary>
internal static class TestTables
{
    private static int counter;

    /// <param name="server">The Azurite.</param>
    /// <param name="options">Retry settings; short delays by default.</param>
    /// <param name="fault">A handler placed between signing and the network, to inject faults.</param>
    public static (TableClient Table, CountingHandler Counter) Create(AzuriteServer server, TableClientOptions? options = null, DelegatingHandler? fault = null)
    {
        var counting = new CountingHandler();
        HttpMessageHandler inner = counting;
        if (fault is not null)
        {
            fault.InnerHandler = counting;
            inner = fault;
        }

        var signing = new SharedKeyLiteHandler("devstoreaccount1", AzuriteServer.AccountKey, TimeProvider.System) { InnerHandler = inner };
        var name = "t" + Guid.NewGuid().ToString("N")[..12] + Interlocked.Increment(ref counter);
        var table = new TableClient(new HttpClient(signing), server.TableEndpoint, name, options ?? new TableClientOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(20),
            MaxDelay = TimeSpan.FromMilliseconds(200),
        });
        return (table, counting);
    }

    public static async Task<(TableClient Table, CountingHandler Counter)> CreateTableAsync(AzuriteServer server)
    {
        var created = Create(server);
        await created.Table.CreateIfNotExistsAsync();
        created.Counter.Reset();
        return created;
    }
}
