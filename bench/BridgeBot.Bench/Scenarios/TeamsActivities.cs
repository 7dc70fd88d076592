using System.Text.Json.Nodes;
using BridgeBot.Testing;

namespace BridgeBot.Bench.Scenarios;

/// <summary>Teams activities as the Teams client sends them (the captured fixtures), addressed to the fake connector.</summary>
internal static class TeamsActivities
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";

    /// <summary>A personal-chat message; <c>{ID}</c> is replaced per request so every delivery is a new activity.</summary>
    public static string PersonalMessageTemplate(string serviceUrl, string text)
    {
        var activity = Fixture("message-personal.json");
        activity["id"] = "{ID}";
        activity["text"] = text;
        activity["serviceUrl"] = serviceUrl;
        return activity.ToJsonString();
    }

    /// <summary>An Action.Execute approve click by Ben on the channel card of conflict <paramref name="number"/>.</summary>
    public static string Approve(string serviceUrl, int number, string id)
    {
        var activity = Fixture("invoke-adaptivecard-action.json");
        activity["id"] = id;
        activity["serviceUrl"] = serviceUrl;
        activity["from"] = new JsonObject { ["id"] = "user-ben", ["name"] = "Ben Project" };
        activity["conversation"] = new JsonObject { ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant, ["id"] = "19:bench@thread.tacv2;messageid=1" };
        activity["replyToId"] = "card-" + number;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "approve",
                ["data"] = new JsonObject { ["conflictId"] = "R-" + number, ["proposal"] = 1 },
            },
        };
        return activity.ToJsonString();
    }

    private static JsonObject Fixture(string name) => JsonNode.Parse(SharedFixtures.Read("teams", name))!.AsObject();
}
