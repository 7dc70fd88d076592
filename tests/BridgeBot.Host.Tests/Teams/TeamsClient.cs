using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BridgeBot.Testing;

namespace BridgeBot.Host.Tests.Teams;

/// <summary>
/// Plays the Teams client against the real <c>/api/messages</c> pipeline: activities are the captured fixtures of
/// Microsoft's Teams client emulator, changed only in who sends, what, and to which (fake) connector.
/// </summary>
public sealed class TeamsClient(HttpClient http, string serviceUrl)
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";
    public const string BotId = "00000000-0000-0000-0000-00000000000011";
    public const string BotName = "Test Bot";
    public const string ChannelThread = "19:general@thread.tacv2;messageid=1763800000000";

    public static readonly (string Id, string Name) Ana = ("user-ana", "Ana Product");
    public static readonly (string Id, string Name) Ben = ("user-ben", "Ben Project");
    public static readonly (string Id, string Name) Carol = ("user-carol", "Carol Approver");
    public static readonly (string Id, string Name) Dev = ("user-dev", "Dev Opener");

    public HttpClient Http => http;

    public Task<HttpResponseMessage> SendAsync(JsonObject activity) =>
        http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>A message in the 1:1 chat of <paramref name="from"/> with the bot.</summary>
    public JsonObject Personal((string Id, string Name) from, string text, string? id = null)
    {
        var activity = Fixture("message-personal.json");
        activity["id"] = id ?? Guid.NewGuid().ToString();
        activity["text"] = text;
        activity["from"] = Account(from);
        activity["serviceUrl"] = serviceUrl;
        activity["conversation"]!["id"] = "personal-" + from.Id;
        return activity;
    }

    /// <summary>A channel message that @mentions the bot and, by name, the <paramref name="mentioned"/> people.</summary>
    public JsonObject Channel((string Id, string Name) from, string text, params (string Id, string Name)[] mentioned) =>
        InChannel(ChannelThread, from, text, mentioned);

    /// <summary>
    /// <c>open</c> in the channel by <paramref name="from"/>: <paramref name="release"/>, due in a month, SSO at risk, Ana as
    /// product manager and Ben as project manager (both mentioned).
    /// </summary>
    public JsonObject Open((string Id, string Name) from, string release) =>
        Channel(from, $"open \"{release}\" due {Support.Deadlines.InAMonthText} scope SSO product <at>{Ana.Name}</at> project <at>{Ben.Name}</at>", Ana, Ben);

    /// <summary>A message that @mentions the bot in the reply chain <paramref name="thread"/> (<c>{channel};messageid={root}</c>).</summary>
    public JsonObject InChannel(string thread, (string Id, string Name) from, string text, params (string Id, string Name)[] mentioned)
    {
        var activity = Fixture("message-personal.json");
        activity["id"] = Guid.NewGuid().ToString();
        activity["text"] = $"<at>{BotName}</at> {text}";
        activity["from"] = Account(from);
        activity["serviceUrl"] = serviceUrl;
        activity["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = Tenant,
            ["id"] = thread,
        };
        activity["channelData"] = ChannelData();
        var entities = new JsonArray { Mention(BotId, BotName) };
        foreach (var person in mentioned)
        {
            entities.Add(Mention(person.Id, person.Name));
        }

        activity["entities"] = entities;
        return activity;
    }

    /// <summary>An Action.Execute click on the card <paramref name="cardId"/> in the channel.</summary>
    public JsonObject CardAction((string Id, string Name) from, string cardId, string verb, JsonObject data, bool inChannel = true)
    {
        var activity = Fixture("invoke-adaptivecard-action.json");
        activity["id"] = Guid.NewGuid().ToString();
        activity["from"] = Account(from);
        activity["serviceUrl"] = serviceUrl;
        activity["replyToId"] = cardId;
        if (inChannel)
        {
            activity["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = Tenant, ["id"] = ChannelThread };
            activity["channelData"] = ChannelData();
        }
        else
        {
            activity["conversation"]!["id"] = "a:dm-" + from.Id;
        }

        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        return activity;
    }

    public static JsonObject Fixture(string name) => JsonNode.Parse(SharedFixtures.Read("teams", name))!.AsObject();

    private static JsonObject Account((string Id, string Name) person) => new() { ["id"] = person.Id, ["name"] = person.Name };

    private static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{name}</at>",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };

    private static JsonObject ChannelData() => new()
    {
        ["tenant"] = new JsonObject { ["id"] = Tenant },
        ["team"] = new JsonObject { ["id"] = "team-id", ["name"] = "My Team" },
        ["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2", ["name"] = "General" },
        ["teamsChannelId"] = "19:general@thread.tacv2",
        ["teamsTeamId"] = "team-id",
    };
}
