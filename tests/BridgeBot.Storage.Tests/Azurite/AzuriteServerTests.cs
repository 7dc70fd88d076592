using Azure;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Azurite;

namespace BridgeBot.Storage.Tests.Azurite;

/// <summary>The outage controls a reliability suite relies on, seen through the table client.</summary>
public sealed class AzuriteServerTests
{
    [Fact]
    public async Task StopThenStart_ClientFailsWithStatus0ThenWorksOnTheSamePortWithEmptyStorage()
    {
        await using var server = await AzuriteServer.StartNewAsync();
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        var client = new TableClient(server.ConnectionString, "outage", options);
        await client.CreateIfNotExistsAsync();
        await client.AddEntityAsync(new TableEntity("p", "r"));
        var port = server.Port;

        await server.StopAsync();
        var down = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetEntityAsync("p", "r"));
        await server.StartAsync();
        var afterRestart = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetEntityAsync("p", "r"));
        await client.CreateIfNotExistsAsync();

        Assert.Equal(0, down.Status);
        Assert.Equal(port, server.Port);
        Assert.Equal("TableNotFound", afterRestart.ErrorCode);
        Assert.False((await client.GetEntityIfExistsAsync("p", "r")).HasValue);
    }

    [Fact]
    public async Task Dispose_StopsTheServerProcess()
    {
        var server = await AzuriteServer.StartNewAsync();
        var client = new TableClient(server.ConnectionString, "gone", new TableClientOptions { Retry = { MaxRetries = 0 } });
        await client.CreateIfNotExistsAsync();

        await server.DisposeAsync();

        Assert.False(server.IsRunning);
        Assert.Equal(0, (await Assert.ThrowsAsync<RequestFailedException>(() => client.CreateIfNotExistsAsync())).Status);
    }
}
