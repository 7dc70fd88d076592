using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Teams.Protocol;

namespace BridgeBot.Teams.Tests.Protocol;

public class AdaptiveCardInvokeResponseTests
{
    [Fact]
    public void Card_Serializes_AsCardReplacement()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var json = JsonSerializer.Serialize(AdaptiveCardInvokeResponse.Card(card), ProtocolJson.Options);

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}""", json);
    }

    [Fact]
    public void Message_Serializes_AsActivityMessage()
    {
        var json = JsonSerializer.Serialize(AdaptiveCardInvokeResponse.Message("Done"), ProtocolJson.Options);

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done"}""", json);
    }

    [Fact]
    public void Error_Serializes_WithCodeAndMessage()
    {
        var json = JsonSerializer.Serialize(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Unknown verb"), ProtocolJson.Options);

        Assert.Equal("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"Unknown verb"}}""", json);
    }

    [Fact]
    public void InvokeResponse_ForCardActionError_IsHttp200()
    {
        var response = InvokeResponse.From(AdaptiveCardInvokeResponse.Error(500, "InternalError", "Try again"));

        Assert.Equal(200, response.Status);
        Assert.Equal(500, Assert.IsType<AdaptiveCardInvokeResponse>(response.Body).StatusCode);
    }
}
