using System.Net;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static BridgeBot.Host.Tests.Teams.TeamsClient;

namespace BridgeBot.Host.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public class GracefulShutdownTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Shutdown_DuringATurn_FinishesTheTurnBeforeTheHostStops()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var factory = new BridgeBotFactory(
            new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.Server.ConnectionString,
                ["Storage:TableName"] = AzuriteFixture.UniqueTableName("shutdown"),
            },
            "Development");
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        // A client of our own: the factory disposes the clients it made when it stops, which would cut the request itself.
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var teams = new TeamsClient(http, connector.ServiceUrl);
        var lifetime = factory.Services.GetRequiredService<IHostApplicationLifetime>();

        // A real socket: the turn is in flight, waiting for the connector, when shutdown begins.
        var answer = teams.SendAsync(teams.Personal(Dev, "help"));
        await connector.Held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = Task.Run(() => factory.DisposeAsync().AsTask());
        await WaitAsync(lifetime.ApplicationStopping);
        Assert.False(answer.IsCompleted, "the turn was cut short");
        Assert.False(stopping.IsCompleted, "the host stopped under a turn in flight");

        connector.Hold.SetResult();
        var response = await answer.WaitAsync(TimeSpan.FromSeconds(30));
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(connector.Of("reply"));
        Assert.True(lifetime.ApplicationStopped.IsCancellationRequested);
    }

    private static Task WaitAsync(CancellationToken signalled)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        signalled.Register(() => signal.TrySetResult());
        return signal.Task.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
    }
}
