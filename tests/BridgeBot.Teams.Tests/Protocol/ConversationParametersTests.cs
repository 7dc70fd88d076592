using System.Text.Json;
using BridgeBot.Teams.Protocol;

namespace BridgeBot.Teams.Tests.Protocol;

public class ConversationParametersTests
{
    [Fact]
    public void OneOnOne_Serializes_AsTeamsExpectsForAProactiveChat()
    {
        var parameters = ConversationParameters.OneOnOne(new ChannelAccount("28:bot"), new ChannelAccount("29:ana"), "tenant-1");

        var json = JsonSerializer.Serialize(parameters, ProtocolJson.Options);

        Assert.Equal(
            """{"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:ana"}],"channelData":{"tenant":{"id":"tenant-1"}},"tenantId":"tenant-1"}""",
            json);
    }
}
