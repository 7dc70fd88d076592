using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Http;

namespace BridgeBot.Storage.Tests.Support;

/// <summary>Table clients against the shared Azurite, each on a fresh table, with the HTTP traffic counted.</summary>
internal static class TestTables
{
    /// <param name="server">The Azurite.</param>
    /// <param name="fault">A handler placed in front of the counter, to inject faults.</param>
    /// <param name="tableName">The table, when several clients (several instances of the bot) must share one.</param>
    public static (TableClient Table, CountingHandler Counter) Create(AzuriteServer server, DelegatingHandler? fault = null, string? tableName = null)
    {
        var counting = new CountingHandler();
        HttpMessageHandler handler = counting;
        if (fault is not null)
        {
            fault.InnerHandler = counting;
            handler = fault;
        }

        var options = new TableClientOptions { HttpClient = new HttpClient(handler) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(20);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        return (new TableClient(server.ConnectionString, tableName ?? AzuriteFixture.UniqueTableName("t"), options), counting);
    }
}
