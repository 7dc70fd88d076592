using BridgeBot.Teams.Protocol;

namespace BridgeBot.Teams.Tests.Protocol;

public class ActivityExtensionsTests
{
    [Fact]
    public void GetConversationReference_PersonalMessage_KeepsWhatProactiveSendsNeed()
    {
        var activity = TeamsFixtures.Activity("message-personal.json");

        var reference = activity.GetConversationReference();

        Assert.Equal("c000a158-555c-4543-9003-442a9746b8d2", reference.ActivityId);
        Assert.Equal("user-id-0", reference.User?.Id);
        Assert.Equal("00000000-0000-0000-0000-00000000000011", reference.Bot?.Id);
        Assert.Equal("cbcf9dd7-0f2b-4dd8-8c47-7eebe9fc9fb7", reference.Conversation?.Id);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", reference.Conversation?.TenantId);
        Assert.Equal(Channels.MsTeams, reference.ChannelId);
        Assert.Equal("http://localhost:56150/_connector", reference.ServiceUrl);
        Assert.Equal("en-US", reference.Locale);
    }

    [Fact]
    public void CreateReply_Message_SwapsSenderAndRecipientAndThreadsToIt()
    {
        var activity = TeamsFixtures.Activity("message-personal.json");

        var reply = activity.CreateReply("pong");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("pong", reply.Text);
        Assert.Equal(activity.Recipient?.Id, reply.From?.Id);
        Assert.Equal(activity.From?.Id, reply.Recipient?.Id);
        Assert.Equal(activity.Conversation?.Id, reply.Conversation?.Id);
        Assert.Equal(activity.Id, reply.ReplyToId);
        Assert.Equal(activity.ServiceUrl, reply.ServiceUrl);
        Assert.Equal(activity.ChannelId, reply.ChannelId);
        Assert.Equal("en-US", reply.Locale);
    }

    [Fact]
    public void CreateReply_WithLocale_UsesIt()
    {
        var reply = TeamsFixtures.Activity("message-personal.json").CreateReply("hallo", locale: "de-DE");

        Assert.Equal("de-DE", reply.Locale);
    }

    [Fact]
    public void GetAdaptiveCardInvokeValue_ActionExecute_ReadsVerbAndData()
    {
        var activity = TeamsFixtures.Activity("invoke-adaptivecard-action.json");

        var value = activity.GetAdaptiveCardInvokeValue();

        Assert.Equal(AdaptiveCardInvokeAction.ExecuteType, value?.Action?.Type);
        Assert.Equal("approve", value?.Action?.Verb);
        Assert.Equal("Approve", value?.Action?.Title);
        Assert.Equal("r-1", value?.Action?.Data?.GetProperty("requestId").GetString());
        Assert.Null(value?.Trigger);
    }

    [Fact]
    public void GetAdaptiveCardInvokeValue_Message_IsNull()
    {
        Assert.Null(TeamsFixtures.Activity("message-action-submit.json").GetAdaptiveCardInvokeValue());
    }

    [Fact]
    public void GetTeamsChannelData_OutgoingTypedChannelData_IsReturnedAsIs()
    {
        var channelData = new TeamsChannelData { Tenant = new TenantInfo("t-1") };

        Assert.Same(channelData, new Activity { ChannelData = channelData }.GetTeamsChannelData());
    }

    [Fact]
    public void GetTeamsChannelData_TeamChannelMessage_ReadsTeamsIds()
    {
        var activity = System.Text.Json.JsonSerializer.Deserialize<Activity>(
            """
            {"type":"message","conversation":{"id":"19:abc@thread.tacv2;messageid=1700000000000","conversationType":"channel"},
             "channelData":{"teamsChannelId":"19:abc@thread.tacv2","teamsTeamId":"19:team@thread.tacv2",
               "channel":{"id":"19:abc@thread.tacv2","name":"Releases"},"team":{"id":"19:team@thread.tacv2"},"tenant":{"id":"t-1"}}}
            """,
            ProtocolJson.Options)!;

        var channelData = activity.GetTeamsChannelData();

        Assert.Equal("19:abc@thread.tacv2", channelData?.TeamsChannelId);
        Assert.Equal("19:team@thread.tacv2", channelData?.TeamsTeamId);
        Assert.Equal("Releases", channelData?.Channel?.Name);
    }
}
