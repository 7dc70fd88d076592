using System.Text.Json;
using BridgeBot.Teams.Protocol;

namespace BridgeBot.Teams.Tests.Protocol;

public class ActivityMentionExtensionsTests
{
    private const string BotId = "28:bot-app-id";

    [Fact]
    public void RemoveRecipientMention_MentionEntity_RemovesItsText()
    {
        var activity = Message("<at>Bridge</at> list", MentionOf(BotId, "Bridge", "<at>Bridge</at>"));

        Assert.Equal("list", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_DifferentCase_IsStillRemoved()
    {
        var activity = Message("<AT>bridge</AT> show R-42", MentionOf(BotId, "Bridge", "<at>Bridge</at>"));

        Assert.Equal("show R-42", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_EntityTextWithAtSign_RemovesTagNamingTheBot()
    {
        // Teams' docs show the entity as <at>@Name</at> and the message as <at>Name</at>.
        var activity = Message("<at>Bridge</at>   open  \"Checkout 2.4\"", MentionOf(BotId, "Bridge", "<at>@Bridge</at>"));

        Assert.Equal("open \"Checkout 2.4\"", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_EntityWithoutText_RemovesTagOfMentionedName()
    {
        var activity = Message("<at>Bridge</at> help", MentionOf(BotId, "Bridge", text: null));

        Assert.Equal("help", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_NoEntities_RemovesTagNamingTheRecipient()
    {
        var activity = Message("<at>Bridge Bot</at> log");

        Assert.Equal("log", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_OtherUsersMention_IsKept()
    {
        var activity = Message(
            "<at>Bridge</at> open \"X\" product <at>Ana Lima</at>",
            MentionOf(BotId, "Bridge", "<at>Bridge</at>"),
            MentionOf("29:ana", "Ana Lima", "<at>Ana Lima</at>"));

        Assert.Equal("open \"X\" product <at>Ana Lima</at>", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_MentionInTheMiddleAndNewlines_CollapsesWhitespace()
    {
        var activity = Message("please\n<at>Bridge</at>\u00a0 digest\tat 09:30", MentionOf(BotId, "Bridge", "<at>Bridge</at>"));

        Assert.Equal("please digest at 09:30", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_PersonalMessageWithoutMention_CollapsesWhitespaceOnly()
    {
        Assert.Equal("hello playground", TeamsFixtures.Activity("message-personal.json").RemoveRecipientMention());
    }

    [Fact]
    public void GetOtherMentions_UserMentions_ListsThemWithTheirTextInTheMessage()
    {
        var activity = Message(
            "<at>Bridge</at> open \"X\" product <at>Ana Lima</at> project <at>ben</at>",
            MentionOf(BotId, "Bridge", "<at>Bridge</at>"),
            MentionOf("29:ana", "Ana Lima", "<at>Ana Lima</at>"),
            MentionOf("29:ben", "Ben", "<at>@Ben</at>"));

        var mentions = activity.GetOtherMentions();

        Assert.Equal(
            [new UserMention("29:ana", "Ana Lima", "<at>Ana Lima</at>"), new UserMention("29:ben", "Ben", "<at>ben</at>")],
            mentions);
    }

    [Fact]
    public void GetOtherMentions_SameUserTwice_IsListedOnce()
    {
        var activity = Message(
            "<at>Ana</at> and <at>Ana</at>",
            MentionOf("29:ana", "Ana", "<at>Ana</at>"),
            MentionOf("29:ana", "Ana", "<at>Ana</at>"));

        Assert.Single(activity.GetOtherMentions());
    }

    [Fact]
    public void Mention_Of_MakesEntityTeamsUnderstands()
    {
        var entity = Mention.Of(new ChannelAccount("29:ana", "Ana")).ToEntity();

        Assert.Equal(
            """{"type":"mention","mentioned":{"id":"29:ana","name":"Ana"},"text":"<at>Ana</at>"}""",
            JsonSerializer.Serialize(entity, ProtocolJson.Options));
    }

    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount(BotId, "Bridge Bot"),
        Entities = entities,
    };

    private static Entity MentionOf(string id, string name, string? text) =>
        new Mention { Mentioned = new ChannelAccount(id, name), Text = text }.ToEntity();
}
