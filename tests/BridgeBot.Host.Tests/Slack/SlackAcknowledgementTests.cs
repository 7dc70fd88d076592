using System.Net;
using BridgeBot.Domain.Ports;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using static BridgeBot.Host.Tests.Slack.SlackClient;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>Slack waits 3 seconds for an answer: the acknowledgement of a command never waits for the Web API or for storage.</summary>
[Collection(AzuriteCollection.Name)]
public class SlackAcknowledgementTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SlashCommand_WhileTheWebApiHangs_IsAcknowledgedFirstAndPostedAfter()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        host.Api.Hold();

        var response = await host.Client.CommandAsync(Dev, SlackFlowTests.OpenText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("On it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Api.Of("chat.postMessage"));
        host.Api.Release();
        var posts = await host.Api.WaitForAsync("chat.postMessage", 3);
        Assert.Contains(posts, post => post.Channel == Channel && post.AllText.Contains("Checkout 2.4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashCommand_WhileStorageHangs_IsAcknowledgedFirstAndPostedAfter()
    {
        GatedConflictStore? gated = null;
        await using var host = await SlackHost.StartAsync(azurite.Server, services: services => services.AddSingleton<IConflictStore>(provider =>
            gated = new GatedConflictStore(provider.GetRequiredService<TableConflictStore>())));

        var response = await host.Client.CommandAsync(Dev, SlackFlowTests.OpenText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("On it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await WaitUntilAsync(() => gated?.Reached == true);
        Assert.Empty(host.Api.Of("chat.postMessage"));
        gated!.Open();
        var posts = await host.Api.WaitForAsync("chat.postMessage", 3);
        Assert.Contains(posts, post => post.Channel == Channel);
    }

    private static async Task WaitUntilAsync(Func<bool> condition) =>
        Assert.True(await Eventually.ReadAsync(condition, reached => reached, TimeSpan.FromSeconds(10)), "The work never reached storage.");
}
