using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BridgeBot.Slack.Signing;
using BridgeBot.Testing.Fakes;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>
/// Plays Slack against the real endpoints: slash commands, clicks, modal submissions and events in the shapes Slack
/// sends (PROTOCOLS §3), each signed with the signing secret as Slack signs it.
/// </summary>
public sealed class SlackClient(HttpClient http, FakeSlackApi api)
{
    public const string Team = "T0ACME";
    public const string Channel = "C0RELEASES";
    public const string BotUserId = "U0BRIDGEBOT";

    public static readonly (string Id, string Name) Ana = ("U0ANA", "ana");
    public static readonly (string Id, string Name) Ben = ("U0BEN", "ben");
    public static readonly (string Id, string Name) Carol = ("U0CAROL", "carol");
    public static readonly (string Id, string Name) Dev = ("U0DEV", "dev");

    private int next;

    public HttpClient Http => http;

    /// <summary>The clock requests are signed with; a test that moves the host's clock moves this one too.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary><c>/bridge {text}</c> typed by <paramref name="from"/> in the releases channel.</summary>
    public Task<HttpResponseMessage> CommandAsync((string Id, string Name) from, string text, string? triggerId = null, string team = Team) =>
        PostAsync("/api/slack/commands", CommandBody(from, text, triggerId ?? NewTrigger(), team), "application/x-www-form-urlencoded");

    public string CommandBody((string Id, string Name) from, string text, string triggerId, string team = Team) => Form(new Dictionary<string, string>
    {
        ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
        ["team_id"] = team,
        ["team_domain"] = "acme",
        ["channel_id"] = Channel,
        ["channel_name"] = "releases",
        ["user_id"] = from.Id,
        ["user_name"] = from.Name,
        ["command"] = "/bridge",
        ["text"] = text,
        ["api_app_id"] = "A0BRIDGEBOT",
        ["is_enterprise_install"] = "false",
        ["response_url"] = api.ResponseUrl("commands-" + triggerId),
        ["trigger_id"] = triggerId,
    });

    /// <summary>A click on a button of a message BridgeBot posted (<paramref name="message"/> is the post or update Slack received).</summary>
    public Task<HttpResponseMessage> ClickAsync((string Id, string Name) from, SlackApiCall message, string actionId)
    {
        var button = Buttons(message.Body).FirstOrDefault(b => b["action_id"]!.GetValue<string>() == actionId)
            ?? throw new InvalidOperationException($"The message has no {actionId} button: {message.AllText}");
        var channel = message.Channel!;
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = from.Id, ["username"] = from.Name, ["name"] = from.Name, ["team_id"] = Team },
            ["api_app_id"] = "A0BRIDGEBOT",
            ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = message.Ts, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["trigger_id"] = NewTrigger(),
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "acme" },
            ["enterprise"] = null,
            ["is_enterprise_install"] = false,
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = channel.StartsWith('D') ? "directmessage" : "releases" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = message.Ts, ["bot_id"] = "B0BRIDGEBOT", ["blocks"] = message.Body["blocks"]?.DeepClone() },
            ["response_url"] = api.ResponseUrl("actions-" + next),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = actionId,
                ["block_id"] = "conflict.actions",
                ["text"] = button["text"]!.DeepClone(),
                ["value"] = button["value"]!.GetValue<string>(),
                ["action_ts"] = "1763800000.123456",
            }),
        };
        return InteractionAsync(payload);
    }

    /// <summary>Submits the modal BridgeBot opened (<paramref name="opened"/> is the <c>views.open</c> call) with <paramref name="values"/> by block id.</summary>
    public Task<HttpResponseMessage> SubmitAsync((string Id, string Name) from, SlackApiCall opened, IReadOnlyDictionary<string, JsonObject> values, string? triggerId = null)
    {
        var view = opened.Body["view"]!.AsObject();
        var state = new JsonObject();
        foreach (var (blockId, value) in values)
        {
            state[blockId] = new JsonObject { ["value"] = value.DeepClone() };
        }

        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = from.Id, ["username"] = from.Name, ["name"] = from.Name, ["team_id"] = Team },
            ["api_app_id"] = "A0BRIDGEBOT",
            ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
            ["trigger_id"] = triggerId ?? NewTrigger(),
            ["view"] = new JsonObject
            {
                ["id"] = "V0" + Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture),
                ["team_id"] = Team,
                ["type"] = "modal",
                ["blocks"] = view["blocks"]!.DeepClone(),
                ["private_metadata"] = view["private_metadata"]!.GetValue<string>(),
                ["callback_id"] = view["callback_id"]!.GetValue<string>(),
                ["state"] = new JsonObject { ["values"] = state },
                ["hash"] = "1763800000.abcdefgh",
                ["title"] = view["title"]!.DeepClone(),
                ["root_view_id"] = "V0ROOT",
                ["app_id"] = "A0BRIDGEBOT",
                ["bot_id"] = "B0BRIDGEBOT",
            },
            ["response_urls"] = new JsonArray(),
            ["is_enterprise_install"] = false,
            ["enterprise"] = null,
        };
        return InteractionAsync(payload);
    }

    public Task<HttpResponseMessage> InteractionAsync(JsonObject payload) =>
        PostAsync("/api/slack/interactions", Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded");

    /// <summary>The text of <c>open</c>: <paramref name="release"/>, due in a month, SSO at risk, Ana as product and Ben as project manager.</summary>
    public static string OpenText(string release) =>
        $"open \"{release}\" due {Support.Deadlines.InAMonthText} scope SSO product <@{Ana.Id}> project <@{Ben.Id}>";

    /// <summary>An <c>app_mention</c> event callback; a retry carries the same <paramref name="eventId"/> and <c>X-Slack-Retry-Num</c>.</summary>
    public Task<HttpResponseMessage> MentionAsync((string Id, string Name) from, string text, string eventId, int? retryNum = null) =>
        EventAsync(MentionBody(from, text, eventId), retryNum);

    public static JsonObject MentionBody((string Id, string Name) from, string text, string eventId)
    {
        var body = EventCallback(
            new JsonObject
            {
                ["type"] = "app_mention",
                ["user"] = from.Id,
                ["text"] = $"<@{BotUserId}> {text}",
                ["ts"] = "1763800000.000200",
                ["channel"] = Channel,
                ["event_ts"] = "1763800000.000200",
                ["client_msg_id"] = "6a3f4e51-5e2c-4c43-9b0f-8b1a1b1f0c2d",
            },
            eventId);
        body["event_context"] = "4-eyJldCI6ImFwcF9tZW50aW9uIn0";
        return body;
    }

    /// <summary>An <c>app_home_opened</c> event: <paramref name="from"/> opened BridgeBot's <paramref name="tab"/> (<c>home</c> or <c>messages</c>).</summary>
    public Task<HttpResponseMessage> HomeOpenedAsync((string Id, string Name) from, string eventId, string tab = "home", int? retryNum = null) =>
        EventAsync(
            EventCallback(
                new JsonObject
                {
                    ["type"] = "app_home_opened",
                    ["user"] = from.Id,
                    ["channel"] = "D0" + from.Id[2..],
                    ["tab"] = tab,
                    ["event_ts"] = "1763800000.000300",
                },
                eventId),
            retryNum);

    /// <summary>The <c>event_callback</c> envelope Slack wraps <paramref name="slackEvent"/> in, for the Acme workspace.</summary>
    public static JsonObject EventCallback(JsonObject slackEvent, string eventId) => new()
    {
        ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
        ["team_id"] = Team,
        ["api_app_id"] = "A0BRIDGEBOT",
        ["event"] = slackEvent,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1763800000,
        ["authorizations"] = new JsonArray(new JsonObject
        {
            ["enterprise_id"] = null, ["team_id"] = Team, ["user_id"] = BotUserId, ["is_bot"] = true, ["is_enterprise_install"] = false,
        }),
        ["is_ext_shared_channel"] = false,
    };

    public Task<HttpResponseMessage> EventAsync(JsonObject body, int? retryNum = null)
    {
        var request = SignedRequest("/api/slack/events", body.ToJsonString(), "application/json");
        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, string? secret = null, DateTimeOffset? at = null) =>
        http.SendAsync(SignedRequest(path, body, contentType, secret, at));

    public HttpRequestMessage SignedRequest(string path, string body, string contentType, string? secret = null, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? Clock.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignature.Compute(secret ?? SlackHost.SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static string Form(IReadOnlyDictionary<string, string> fields) =>
        string.Join("&", fields.Select(field => Uri.EscapeDataString(field.Key) + "=" + Uri.EscapeDataString(field.Value)));

    /// <summary>A plain_text_input's state value.</summary>
    public static JsonObject Text(string value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    public static JsonObject Option(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };

    public static JsonObject Date(string value) => new() { ["type"] = "datepicker", ["selected_date"] = value };

    public static JsonObject User(string id) => new() { ["type"] = "users_select", ["selected_user"] = id };

    private static IEnumerable<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "button" => [obj],
        JsonObject obj => obj.SelectMany(pair => Buttons(pair.Value)),
        JsonArray array => array.SelectMany(Buttons),
        _ => [],
    };

    private string NewTrigger() => "1763800000." + Interlocked.Increment(ref next).ToString("D4", CultureInfo.InvariantCulture) + ".f3c2b1a0d9e8";
}
