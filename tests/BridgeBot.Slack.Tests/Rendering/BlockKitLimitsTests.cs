using System.Text.Json.Nodes;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Rendering.Modals;
using BridgeBot.Slack.Tests.Support;

namespace BridgeBot.Slack.Tests.Rendering;

/// <summary>With every text as long as the domain allows (in CJK, escaped), messages and modals stay within Block Kit's limits.</summary>
public class BlockKitLimitsTests
{
    public static TheoryData<string> Names => new(Rendered.Keys);

    private static Dictionary<string, Func<JsonObject>> Rendered { get; } = new()
    {
        ["ready.channel"] = () => Shared(MaxStories.ReadyToDecide()),
        ["ready.product"] = () => ConflictMessage.Render(MaxStories.ReadyToDecide().ViewFor(MaxStories.Product, MaxStories.Settings), LongText.Of(3000)).ToJson(),
        ["escalated.channel"] = () => Shared(MaxStories.Escalated()),
        ["rejected.channel"] = () => Shared(MaxStories.Rejected()),
        ["reopened-twice.channel"] = () => Shared(MaxStories.ReopenedTwice()),
        ["reasoning-request"] = () => ReasoningRequestMessage.Render(MaxStories.ReadyToDecide().ViewFor(MaxStories.Project, MaxStories.Settings), MaxStories.Opener).ToJson(),
        ["modal-reasoning"] = () => ReasoningModal.Render(MaxStories.ReopenedTwice().ViewFor(MaxStories.Product, MaxStories.Settings), "C0RELEASES"),
        ["modal-decide"] = () => OptionModal.Decision(MaxStories.Escalated().ViewFor(MaxStories.Approver, MaxStories.Settings), "C0RELEASES"),
        ["modal-open"] = () => OpenModal.Render(
            new OpenDraft(LongText.Of(ConflictLimits.ReleaseName), null, LongText.Items(ConflictLimits.ScopeItems, ConflictLimits.ScopeItem), null, null), "C0RELEASES"),
        ["modal-reject"] = () => ReasonModal.Render(SlackCallbackIds.Reject, MaxStories.Rejected().ViewFor(MaxStories.Project, MaxStories.Settings), "C0RELEASES"),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Rendered_StaysWithinBlockKitLimits(string name)
    {
        var json = Rendered[name]();
        var isModal = json["type"]?.GetValue<string>() == "modal";

        Assert.InRange(json["blocks"]!.AsArray().Count, 1, isModal ? BlockKitLimits.ModalBlocks : BlockKitLimits.MessageBlocks);
        foreach (var section in BlockQuery.OfType(json, "section"))
        {
            Assert.True(section["text"] is null || Text(section["text"]).Length <= BlockKitLimits.SectionText, name);
            var fields = section["fields"]?.AsArray() ?? [];
            Assert.InRange(fields.Count, 0, BlockKitLimits.SectionFields);
            Assert.All(fields, field => Assert.InRange(Text(field).Length, 1, BlockKitLimits.FieldText));
        }

        Assert.All(BlockQuery.OfType(json, "header"), header => Assert.InRange(Text(header["text"]).Length, 1, BlockKitLimits.HeaderText));
        Assert.All(BlockQuery.OfType(json, "button"), button =>
        {
            Assert.InRange(button["value"]!.GetValue<string>().Length, 1, BlockKitLimits.ButtonValue);
            Assert.InRange(button["action_id"]!.GetValue<string>().Length, 1, BlockKitLimits.ActionId);
            Assert.InRange(Text(button["text"]).Length, 1, BlockKitLimits.ButtonText);
        });
        Assert.All(BlockQuery.OfType(json, "context"), context => Assert.All(context["elements"]!.AsArray(), element => Assert.InRange(Text(element).Length, 1, 3000)));
        if (isModal)
        {
            Assert.InRange(Text(json["title"]).Length, 1, BlockKitLimits.ModalTitle);
            Assert.InRange(json["private_metadata"]!.GetValue<string>().Length, 0, BlockKitLimits.PrivateMetadata);
        }
        else
        {
            Assert.InRange(json["text"]!.GetValue<string>().Length, 1, BlockKitLimits.MessageText);
        }
    }

    [Fact]
    public void ShortenedMessage_SaysSoOnce()
    {
        var text = BlockQuery.AllText(Shared(MaxStories.ReopenedTwice()));

        Assert.Equal(2, text.Split(BlockList.ShortenedNote).Length);
        Assert.Contains(BlockList.ShortenedNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain(BlockList.ShortenedNote, BlockQuery.AllText(GoldenMessages.Shared(Stories.Superseded())), StringComparison.Ordinal);
    }

    [Fact]
    public void BlockList_OverTheLimit_KeepsFortyNineBlocksAndSaysHowManyWereLeftOut()
    {
        var list = new BlockList();
        for (var i = 0; i < 60; i++)
        {
            list.Add(Blocks.Divider());
        }

        var blocks = list.ToArray();

        Assert.Equal(BlockKitLimits.MessageBlocks, blocks.Count);
        Assert.Contains("11 more parts are left out", BlockQuery.AllText(blocks), StringComparison.Ordinal);
    }

    private static string Text(JsonNode? textObject) => textObject!["text"]!.GetValue<string>();

    private static JsonObject Shared(ConflictStory story) =>
        ConflictMessage.Render(ConflictViewBuilder.ForChannel(story.Conflict, MaxStories.Settings, ConflictStory.Today)).ToJson();
}
