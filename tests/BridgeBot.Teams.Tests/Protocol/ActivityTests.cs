using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Teams.Protocol;

namespace BridgeBot.Teams.Tests.Protocol;

public class ActivityTests
{
    public static TheoryData<string> Fixtures => TeamsFixtures.FileNames();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Deserialize_TeamsFixture_ReadsAddressing(string fileName)
    {
        var activity = TeamsFixtures.Activity(fileName);

        Assert.False(string.IsNullOrEmpty(activity.Type));
        Assert.False(string.IsNullOrEmpty(activity.Id));
        Assert.Equal(Channels.MsTeams, activity.ChannelId);
        Assert.Equal("http://localhost:56150/_connector", activity.ServiceUrl);
        Assert.Equal("user-id-0", activity.From?.Id);
        Assert.Equal("Test Bot", activity.Recipient?.Name);
        Assert.False(string.IsNullOrEmpty(activity.Conversation?.Id));
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.Conversation?.TenantId);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.GetTeamsChannelData()?.Tenant?.Id);
        Assert.NotNull(activity.Timestamp);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RoundTrip_TeamsFixture_KeepsEveryMember(string fileName)
    {
        var original = JsonNode.Parse(TeamsFixtures.Json(fileName))!;

        var written = JsonSerializer.SerializeToNode(TeamsFixtures.Activity(fileName), ProtocolJson.Options)!;

        AssertSameMembers(original, written, "$");
    }

    [Fact]
    public void Deserialize_ChannelConversationUpdate_ReadsTeamsChannelData()
    {
        var activity = TeamsFixtures.Activity("conversationUpdate-channel.json");

        var channelData = activity.GetTeamsChannelData();
        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.True(activity.Conversation?.IsGroup);
        Assert.Equal("team-id", channelData?.Team?.Id);
        Assert.Equal("My Team", channelData?.Team?.Name);
        Assert.Equal("teamMemberAdded", channelData?.EventType);
        Assert.True(channelData?.Properties?.ContainsKey("settings"));
        Assert.Equal("00000000-0000-0000-0000-00000000000011", Assert.Single(activity.MembersAdded!).Id);
    }

    [Fact]
    public void Deserialize_InstallationUpdate_ReadsActionAndClientInfo()
    {
        var activity = TeamsFixtures.Activity("installationUpdate-groupChat.json");

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal("add", activity.Action);
        Assert.Equal("groupChat", activity.Conversation?.ConversationType);
        var clientInfo = Assert.Single(activity.Entities!);
        Assert.Equal("clientInfo", clientInfo.Type);
        Assert.Equal("en-US", clientInfo.Properties?["locale"].GetString());
    }

    [Fact]
    public void Deserialize_ActionSubmitMessage_ReadsValue()
    {
        var activity = TeamsFixtures.Activity("message-action-submit.json");

        var value = ProtocolJson.Convert<Dictionary<string, string>>(activity.Value);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Null(activity.Text);
        Assert.Equal("1795347724641", activity.ReplyToId);
        Assert.Equal("looks good", value?["comment"]);
    }

    [Fact]
    public void Serialize_OutgoingActivity_IsCamelCaseWithoutNulls()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", Conversation = new ConversationAccount { Id = "a:1" } };

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Equal("""{"type":"message","conversation":{"id":"a:1"},"text":"hi"}""", json);
    }

    private static void AssertSameMembers(JsonNode expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual);
                Assert.Equal(expectedObject.Select(member => member.Key).Order(), actualObject.Select(member => member.Key).Order());
                foreach (var (name, value) in expectedObject)
                {
                    AssertSameMembers(value!, actualObject[name], $"{path}.{name}");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.Equal(expectedArray.Count, actualArray.Count);
                for (var index = 0; index < expectedArray.Count; index++)
                {
                    AssertSameMembers(expectedArray[index]!, actualArray[index], $"{path}[{index}]");
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual) || SameInstant(expected, actual), $"{path}: {expected.ToJsonString()} != {actual?.ToJsonString()}");
                break;
        }
    }

    // Timestamps are read as DateTimeOffset, so "…186Z" comes back as "…186+00:00": the same instant.
    private static bool SameInstant(JsonNode expected, JsonNode? actual) =>
        DateTimeOffset.TryParse(expected.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out var left)
        && actual is JsonValue value && value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var right)
        && left == right;
}
