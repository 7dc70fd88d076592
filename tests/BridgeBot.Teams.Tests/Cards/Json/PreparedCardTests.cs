using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Cards.Json;
using BridgeBot.Teams.Delivery;
using BridgeBot.Teams.Protocol;
using BridgeBot.Teams.Tests.Cards.Support;
using BridgeBot.Teams.Tests.Protocol;

namespace BridgeBot.Teams.Tests.Cards.Json;

public class PreparedCardTests
{
    private static JsonObject Card() => new()
    {
        ["type"] = "AdaptiveCard",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "open \"<release>\" — Größe 😀 \\ \t & 'x' + y" }),
    };

    [Fact]
    public void An_activity_with_a_prepared_card_is_written_exactly_as_with_the_card_itself()
    {
        var inbound = TeamsFixtures.Activity("message-personal.json");

        var fromNode = JsonSerializer.Serialize(TeamsCardRenderer.ReplyWithCard(inbound, Card()), ProtocolJson.Options);
        var prepared = JsonSerializer.Serialize(TeamsCardRenderer.ReplyWithCard(inbound, new PreparedCard(Card())), ProtocolJson.Options);

        Assert.Equal(fromNode, prepared);
        Assert.Contains("— Größe", prepared, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wire_escapes_only_what_JSON_requires_so_a_card_is_as_large_as_its_fitting_measured()
    {
        var card = Card();
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = CardJson.ContentType, Content = card }] };

        var wire = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        // Letters outside the Basic Multilingual Plane (the emoji) are still written as escaped surrogate pairs.
        Assert.Contains("""open \"<release>\" — Größe \uD83D\uDE00 \\ \t & 'x' + y""", wire, StringComparison.Ordinal);
        Assert.Equal(CardJson.Utf8Length(card), new PreparedCard(card).Utf8.Length);
        Assert.Equal(card.ToJsonString(), JsonNode.Parse(wire)!["attachments"]![0]!["content"]!.ToJsonString());
    }

    [Fact]
    public void Each_node_made_from_a_prepared_card_is_the_callers_own()
    {
        var prepared = new PreparedCard(Card());
        var first = prepared.ToJsonObject();
        first["body"]!.AsArray().Clear();

        Assert.Single(prepared.ToJsonObject()["body"]!.AsArray());
        Assert.Equal(Card().ToJsonString(), JsonSerializer.Serialize(prepared, ProtocolJson.Options) is var text ? JsonNode.Parse(text)!.ToJsonString() : null);
    }

    [Fact]
    public void A_prepared_card_reads_back_from_json()
    {
        var text = JsonSerializer.Serialize(new PreparedCard(Card()), ProtocolJson.Options);

        var read = JsonSerializer.Deserialize<PreparedCard>(text, ProtocolJson.Options)!;

        Assert.Equal(text, Encoding.UTF8.GetString(read.Utf8));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PreparedCard>("[1]", ProtocolJson.Options));
    }

    [Fact]
    public void Help_is_prepared_once_per_reply_as_the_golden_card_goes_on_the_wire()
    {
        var reply = CommandRouter.Help(new HelpCommand(null));
        var golden = JsonNode.Parse(File.ReadAllText(GoldenFile.PathOf("help")))!;

        Assert.Same(HelpCard.Prepare(reply), HelpCard.Prepare(reply));
        Assert.Equal(JsonSerializer.Serialize(golden, ProtocolJson.Options), Encoding.UTF8.GetString(HelpCard.Prepare(reply).Utf8));
    }
}
