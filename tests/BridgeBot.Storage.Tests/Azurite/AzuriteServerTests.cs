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
    public async Task StartNew_PortTakenBeforeAzuriteBindsIt_StartsOnTheNextPort()
    {
        using var squatter = Squat(out var taken);
        var offered = new List<int>();
        int Next()
        {
            offered.Add(offered.Count == 0 ? taken : BridgeBot.Testing.LoopbackServer.FreePort());
            return offered[^1];
        }

        await using var server = await AzuriteServer.StartNewAsync(persistent: false, Next);
        var client = new TableClient(server.ConnectionString, "moved", new TableClientOptions { Retry = { MaxRetries = 0 } });
        await client.CreateIfNotExistsAsync();

        Assert.Equal(2, offered.Count);
        Assert.Equal(offered[1], server.Port);
        Assert.True(server.IsRunning);
    }

    [Fact]
    public async Task StartNew_EveryPortTaken_FailsSayingWhy()
    {
        using var squatter = Squat(out var taken);
        var attempts = 0;

        var failure = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => AzuriteServer.StartNewAsync(persistent: false, () =>
        {
            attempts++;
            return taken;
        }));

        Assert.Equal(3, attempts);
        Assert.Contains("EADDRINUSE", failure.Message, StringComparison.Ordinal);
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

    /// <summary>Another process's server, listening on a port of its own (<paramref name="port"/>).</summary>
    private static System.Net.Sockets.TcpListener Squat(out int port)
    {
        var squatter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        squatter.Start();
        port = ((System.Net.IPEndPoint)squatter.LocalEndpoint).Port;
        return squatter;
    }
}
