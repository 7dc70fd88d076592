using System.Text.Json.Nodes;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Tests.Signing;

namespace BridgeBot.Slack.Tests.Protocol;

/// <summary>Slack's payload shapes (PROTOCOLS §3) read into BridgeBot's records; anything malformed is null, never an exception.</summary>
public class PayloadTests
{
    [Fact]
    public void SlashCommand_OfSlacksDocumentedExample_IsRead()
    {
        var command = SlashCommand.Parse(SlackSignatureVerifierTests.Body)!;

        Assert.Equal(("T1DC2JH3J", "G8PSS9T3V", "U2CERLKJA", "roadrunner", string.Empty), (command.TeamId, command.ChannelId, command.UserId, command.UserName, command.Text));
        Assert.Equal("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN", command.ResponseUrl);
        Assert.Equal("398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c", command.TriggerId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("team_id=T1&channel_id=C1")]
    [InlineData("%%%")]
    public void SlashCommand_WithoutTeamChannelOrUser_IsNull(string form) => Assert.Null(SlashCommand.Parse(form));

    [Fact]
    public void BlockAction_IsReadFromItsContainerAndFirstAction()
    {
        var click = BlockAction.From(JsonNode.Parse("""
            {"type":"block_actions","user":{"id":"U0ANA","username":"ana","name":"ana","team_id":"T0ACME"},
             "container":{"type":"message","message_ts":"1763800000.000100","channel_id":"C0RELEASES","is_ephemeral":false},
             "trigger_id":"1.2.3","team":{"id":"T0ACME","domain":"acme"},"channel":{"id":"C0RELEASES","name":"releases"},
             "response_url":"https://hooks.slack.com/actions/T0ACME/1/2",
             "actions":[{"type":"button","action_id":"bridge.approve","block_id":"conflict.actions","value":"{\"conflict\":\"R-1\",\"version\":4}","action_ts":"1.2"}]}
            """)!.AsObject())!;

        Assert.Equal(("T0ACME", "U0ANA", "C0RELEASES", "1763800000.000100", "bridge.approve", "1.2.3"),
            (click.TeamId, click.UserId, click.ChannelId, click.MessageTs, click.ActionId, click.TriggerId));
    }

    [Theory]
    [InlineData("""{"type":"block_actions"}""")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1","team_id":"T1"},"actions":[]}""")]
    [InlineData("""{"type":"block_actions","user":{"id":5},"team":{"id":"T1"},"actions":[{"action_id":"x"}]}""")]
    [InlineData("""{"type":"block_actions","user":"U1","team":[],"actions":"no"}""")]
    public void BlockAction_Malformed_IsNull(string json) => Assert.Null(BlockAction.From(JsonNode.Parse(json)!.AsObject()));

    [Fact]
    public void ViewSubmission_ReadsEveryKindOfInput()
    {
        var submission = ViewSubmission.From(JsonNode.Parse("""
            {"type":"view_submission","team":{"id":"T0ACME"},"user":{"id":"U0DEV","name":"dev"},"trigger_id":"9.9.9",
             "view":{"id":"V1","callback_id":"bridge.open","private_metadata":"{\"channel\":\"C0RELEASES\"}",
               "state":{"values":{
                 "release":{"value":{"type":"plain_text_input","value":"Checkout 2.4"}},
                 "deadline":{"value":{"type":"datepicker","selected_date":"2026-12-15"}},
                 "productManager":{"value":{"type":"users_select","selected_user":"U0ANA"}},
                 "severity":{"value":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"High"},"value":"high"}}},
                 "notes":{"value":{"type":"plain_text_input","value":null}}}}}}
            """)!.AsObject())!;

        Assert.Equal(("T0ACME", "U0DEV", "bridge.open", "9.9.9"), (submission.TeamId, submission.UserId, submission.CallbackId, submission.TriggerId));
        Assert.Equal("Checkout 2.4", submission.State.Text("release"));
        Assert.Equal(new DateOnly(2026, 12, 15), submission.State.Date("deadline"));
        Assert.Equal("U0ANA", submission.State.User("productManager"));
        Assert.Equal("high", submission.State.Option("severity"));
        Assert.Null(submission.State.Text("notes"));
        Assert.Null(submission.State.Text("missing"));
        Assert.Null(submission.State.Date("release"));
    }

    [Fact]
    public void EventEnvelope_ReadsTheMentionAndTheBotsOwnId()
    {
        var envelope = EventEnvelope.From(JsonNode.Parse("""
            {"token":"x","team_id":"T0ACME","api_app_id":"A1","type":"event_callback","event_id":"Ev1","event_time":1,
             "event":{"type":"app_mention","user":"U0DEV","text":"<@U0BOT> list","ts":"1.1","channel":"C0RELEASES","event_ts":"1.1"},
             "authorizations":[{"enterprise_id":null,"team_id":"T0ACME","user_id":"U0BOT","is_bot":true}]}
            """)!.AsObject())!;

        Assert.Equal((EventEnvelope.EventCallback, "T0ACME", "Ev1", "U0BOT"), (envelope.Type, envelope.TeamId, envelope.EventId, envelope.BotUserId));
        Assert.Equal((SlackEvent.AppMention, "U0DEV", "<@U0BOT> list", "C0RELEASES"), (envelope.Event!.Type, envelope.Event.User, envelope.Event.Text, envelope.Event.Channel));
    }

    [Fact]
    public void EventEnvelope_WithoutType_IsNull() => Assert.Null(EventEnvelope.From(JsonNode.Parse("""{"challenge":"x"}""")!.AsObject()));
}
