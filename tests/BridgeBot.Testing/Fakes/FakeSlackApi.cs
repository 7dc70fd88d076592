using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BridgeBot.Testing.Fakes;

/// <summary>
/// The Slack Web API on loopback: answers the methods BridgeBot uses as Slack does (HTTP 200, <c>ok</c> true or
/// false) and records every call. A test can make a channel refuse posts (<c>not_in_channel</c>), name people for
/// <c>users.info</c>, and hold every answer until it lets them go (to prove an acknowledgement does not wait).
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<SlackApiCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, int? RetryAfter)>> failures = new(StringComparer.Ordinal);
    private readonly LoopbackServer server;
    private TaskCompletionSource gate = CompletedGate();
    private long nextTs = 1_763_800_000_000_100;

    private FakeSlackApi(LoopbackServer server)
    {
        this.server = server;
    }

    /// <summary>The base URL to configure as <c>Slack:ApiBaseUrl</c>.</summary>
    public Uri ApiBaseUrl => server.Url("api/");

    public IReadOnlyList<SlackApiCall> Calls => [.. calls];

    /// <summary>Channels where posting fails with <c>not_in_channel</c>.</summary>
    public ConcurrentDictionary<string, bool> ChannelsWithoutBot { get; } = new();

    /// <summary>Display names <c>users.info</c> answers with, by user id.</summary>
    public ConcurrentDictionary<string, string> Names { get; } = new();

    /// <summary>The team an <c>oauth.v2.access</c> installs into.</summary>
    public string InstallTeam { get; set; } = "T0INSTALL";

    public static async Task<FakeSlackApi> StartAsync()
    {
        FakeSlackApi? fake = null;
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/api/{method}", (HttpContext http, string method) => fake!.AnswerAsync(http, method));
            app.MapPost("/hooks/{id}", (HttpContext http, string id) => fake!.AnswerResponseUrlAsync(http));
        });
        fake = new FakeSlackApi(server);
        return fake;
    }

    /// <summary>A <c>response_url</c> on this fake (accepted by BridgeBot because it is the Web API's host).</summary>
    public string ResponseUrl(string id) => server.Url("hooks/" + id).AbsoluteUri;

    public IReadOnlyList<SlackApiCall> Of(string method) => [.. Calls.Where(call => call.Method == method)];

    /// <summary>
    /// The next call of <paramref name="method"/> fails with <paramref name="status"/> (and a <c>Retry-After</c>); it is
    /// recorded as <c>{method} failed</c>, so <see cref="Of"/> counts only the calls that took effect.
    /// </summary>
    public void FailNext(string method, int status, int? retryAfterSeconds = null) =>
        failures.GetOrAdd(method, _ => new()).Enqueue((status, retryAfterSeconds));

    /// <summary>From now on every answer waits until <see cref="Release"/>.</summary>
    public void Hold() => gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => gate.TrySetResult();

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> arrived (the bot works after acknowledging).</summary>
    public Task<IReadOnlyList<SlackApiCall>> WaitForAsync(string method, int count, TimeSpan? timeout = null) =>
        Eventually.ReadAsync(() => Of(method), arrived => arrived.Count >= count, timeout ?? TimeSpan.FromSeconds(10));

    public ValueTask DisposeAsync()
    {
        Release();
        return server.DisposeAsync();
    }

    private static TaskCompletionSource CompletedGate()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private async Task<IResult> AnswerAsync(HttpContext http, string method)
    {
        var body = await ReadAsync(http.Request);
        if (failures.TryGetValue(method, out var scripted) && scripted.TryDequeue(out var failure))
        {
            calls.Enqueue(new SlackApiCall(method + " failed", body, http.Request.Headers.Authorization.ToString(), null));
            if (failure.RetryAfter is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.StatusCode(failure.Status);
        }

        var ts = method == "chat.postMessage" ? NextTs() : body["ts"]?.GetValue<string>();
        calls.Enqueue(new SlackApiCall(method, body, http.Request.Headers.Authorization.ToString(), ts));
        await gate.Task;
        var channel = body["channel"] is JsonValue value && value.TryGetValue<string>(out var c) ? c : null;
        if (method is "chat.postMessage" or "chat.postEphemeral" && channel is not null && ChannelsWithoutBot.ContainsKey(channel))
        {
            return Results.Json(new { ok = false, error = "not_in_channel" });
        }

        return method switch
        {
            "chat.postMessage" => Results.Json(new { ok = true, channel, ts }),
            "chat.update" => Results.Json(new { ok = true, channel, ts }),
            "chat.postEphemeral" => Results.Json(new { ok = true, message_ts = NextTs() }),
            "views.open" => Results.Json(new { ok = true, view = new { id = "V" + NextTs()[^6..] } }),
            "views.publish" => Results.Json(new { ok = true, view = new { id = "V" + NextTs()[^6..], type = "home" } }),
            "conversations.open" => Results.Json(new { ok = true, channel = new { id = "D" + body["users"]!.GetValue<string>() } }),
            "users.info" => UserInfo(body["user"]!.GetValue<string>()),
            "oauth.v2.access" => Results.Json(new
            {
                ok = true, access_token = "xoxb-installed-" + body["code"]!.GetValue<string>(), token_type = "bot", scope = "commands,chat:write",
                bot_user_id = "U0BRIDGEBOT", app_id = "A0BRIDGEBOT", team = new { id = InstallTeam, name = "Install Co" }, authed_user = new { id = "U0ADMIN" },
            }),
            _ => Results.Json(new { ok = false, error = "unknown_method" }),
        };
    }

    private async Task<IResult> AnswerResponseUrlAsync(HttpContext http)
    {
        var body = await ReadAsync(http.Request);
        calls.Enqueue(new SlackApiCall("response_url", body, http.Request.Headers.Authorization.ToString(), null));
        await gate.Task;
        return Results.Text("ok");
    }

    private IResult UserInfo(string id) => Results.Json(new
    {
        ok = true,
        user = new { id, name = id.ToLowerInvariant(), real_name = Names.GetValueOrDefault(id, id), profile = new { display_name = Names.GetValueOrDefault(id, string.Empty) } },
    });

    private static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return new JsonObject(form.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value.ToString())));
        }

        return await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
    }

    private string NextTs()
    {
        var next = Interlocked.Increment(ref nextTs).ToString(CultureInfo.InvariantCulture);
        return next[..10] + "." + next[10..];
    }
}
