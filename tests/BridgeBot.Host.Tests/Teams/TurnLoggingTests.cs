using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using static BridgeBot.Host.Tests.Teams.TeamsClient;

namespace BridgeBot.Host.Tests.Teams;

[Collection(AzuriteCollection.Name)]
public class TurnLoggingTests(AzuriteFixture azurite)
{

    [Fact]
    public async Task EveryLineOfATurn_NamesItsWorkspaceAndConflict_EvenWhereTheMessageDoesNot()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await TeamsHost.StartAsync(
            azurite.Server, configure: builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        host.Connector.Unreachable.Add(Ana.Id);
        var startUp = logs.Logs.Count;

        await host.Client.SendAsync(host.Client.Open(Dev, "Checkout 2.4"));

        // The connector's line knows only the conversation; the scope adds the workspace, the activity and the conflict.
        var refusals = logs.Logs.Where(log => log.Message.StartsWith("Connector CreateConversation", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(refusals);
        Assert.All(refusals, refused =>
        {
            Assert.False(refused.Values.ContainsKey("ConflictId"));
            Assert.Equal("teams:" + Tenant, refused.Scopes["Workspace"]);
            Assert.Equal("R-1", refused.Scopes["ConflictId"]);
            Assert.StartsWith("teams:" + ChannelThread, (string?)refused.Scopes["Delivery"], StringComparison.Ordinal);
        });
        var turnLines = logs.Logs.Skip(startUp).Where(log => log.Category.StartsWith("BridgeBot.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(turnLines);
        Assert.All(turnLines, line => Assert.Equal("teams:" + Tenant, line.Scopes["Workspace"]));
    }

    [Fact]
    public async Task EachTurn_NamesItsOwnConflict_NothingLeaksIntoTheNext()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await TeamsHost.StartAsync(
            azurite.Server, configure: builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        host.Connector.Unreachable.Add(Ana.Id);

        foreach (var release in new[] { "Checkout 2.4", "Search 3.0" })
        {
            await host.Client.SendAsync(host.Client.Open(Dev, release));
        }

        var refusals = logs.Logs.Where(log => log.Message.StartsWith("Connector CreateConversation", StringComparison.Ordinal))
            .Select(log => log.Scopes["ConflictId"]).Distinct();
        Assert.Equal(["R-1", "R-2"], refusals);
    }
}
