using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Http;

namespace BridgeBot.Storage.Tests.Tables;

/// <summary>A fresh table on the shared Azurite, with a client whose HTTP traffic is counted.</summary>
internal sealed class AzuriteTable
{
    private AzuriteTable(TableClient client, CountingHandler http)
    {
        Client = client;
        Http = http;
    }

    public TableClient Client { get; }

    public CountingHandler Http { get; }

    public static async Task<AzuriteTable> CreateAsync(AzuriteFixture azurite, Action<TableClientOptions>? configure = null)
    {
        var http = new CountingHandler();
        var options = new TableClientOptions { HttpClient = new HttpClient(http) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        configure?.Invoke(options);
        var client = new TableClient(azurite.Server.ConnectionString, AzuriteFixture.UniqueTableName("t"), options);
        await client.CreateIfNotExistsAsync();
        http.Reset();
        return new AzuriteTable(client, http);
    }
}
