using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BridgeBot.Testing.Fakes;

/// <summary>
/// A Bot Connector on loopback that answers like Teams and records every request it receives: replies and sends
/// (201 with a new id), updates (200), new 1:1 conversations (an <c>a:</c> id), and conversation members.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private readonly LoopbackServer server;
    private int nextId = 1000;

    private FakeConnector(LoopbackServer server)
    {
        this.server = server;
    }

    /// <summary>The service URL to put in activities.</summary>
    public string ServiceUrl => server.BaseAddress.AbsoluteUri.TrimEnd('/') + "/_connector";

    /// <summary>Everything received, in order.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => [.. requests];

    /// <summary>The members <c>GET …/members</c> answers with.</summary>
    public List<(string Id, string Name)> Members { get; } = [];

    /// <summary>
    /// How many of the next posts (send or reply) to a conversation id fail with 500 before one succeeds; a failed post is
    /// recorded as <c>send-failed</c> or <c>reply-failed</c>.
    /// </summary>
    public ConcurrentDictionary<string, int> FailingPosts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// How many of the next posts and updates to a conversation id are answered 429 with <c>Retry-After: 1</c>; such a
    /// request is recorded as <c>{kind}-throttled</c>.
    /// </summary>
    public ConcurrentDictionary<string, int> ThrottledRequests { get; } = new(StringComparer.Ordinal);

    /// <summary>User ids for whom creating a 1:1 conversation fails with 403 (app not installed for them).</summary>
    public HashSet<string> Unreachable { get; } = [];

    /// <summary>
    /// While set, every post and update waits for it before it is answered (a slow connector); <see cref="Held"/>
    /// completes when the first one arrives.
    /// </summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>Completes when a post arrives while <see cref="Hold"/> is set.</summary>
    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Conversation ids that answer 404 (a chat or thread that no longer exists).</summary>
    public HashSet<string> Gone { get; } = [];

    public static async Task<FakeConnector> StartAsync()
    {
        FakeConnector? connector = null;
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/_connector/v3/conversations", (Delegate)((HttpContext http) => connector!.CreateConversationAsync(http)));
            app.MapPost("/_connector/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) =>
                connector!.RecordAsync(http, "send", conversationId, null, 201));
            app.MapPost("/_connector/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
                connector!.RecordAsync(http, "reply", conversationId, activityId, 201));
            app.MapPut("/_connector/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
                connector!.RecordAsync(http, "update", conversationId, activityId, 200));
            app.MapGet("/_connector/v3/conversations/{conversationId}/members", (string conversationId) =>
                Results.Json(connector!.Members.Select(m => new { id = m.Id, name = m.Name })));
        });
        connector = new FakeConnector(server);
        return connector;
    }

    /// <summary>The requests of one kind (send, reply, update, create).</summary>
    public IReadOnlyList<ConnectorRequest> Of(string kind) => Requests.Where(r => r.Kind == kind).ToArray();

    /// <summary>Waits until at least <paramref name="count"/> requests of <paramref name="kind"/> arrived (the bot may post after answering).</summary>
    public Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(string kind, int count, TimeSpan? timeout = null) =>
        Eventually.ReadAsync(() => Of(kind), arrived => arrived.Count >= count, timeout ?? TimeSpan.FromSeconds(10));

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpContext http, string kind, string conversationId, string? activityId, int status)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body);
        if (Hold is { } hold)
        {
            Held.TrySetResult();
            await hold.Task;
        }

        if (Gone.Contains(conversationId))
        {
            requests.Enqueue(new ConnectorRequest(kind, conversationId, activityId, body, http.Request.Headers.Authorization.ToString(), null));
            return Results.Json(new { error = new { code = "ConversationNotFound", message = "Conversation not found." } }, statusCode: 404);
        }

        if (ThrottledRequests.TryGetValue(conversationId, out var throttles) && throttles > 0
            && ThrottledRequests.TryUpdate(conversationId, throttles - 1, throttles))
        {
            requests.Enqueue(new ConnectorRequest(kind + "-throttled", conversationId, activityId, body, http.Request.Headers.Authorization.ToString(), null));
            http.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "TooManyRequests", message = "Slow down." } }, statusCode: 429);
        }

        if (kind != "update" && FailingPosts.TryGetValue(conversationId, out var failures) && failures > 0
            && FailingPosts.TryUpdate(conversationId, failures - 1, failures))
        {
            requests.Enqueue(new ConnectorRequest(kind + "-failed", conversationId, activityId, body, http.Request.Headers.Authorization.ToString(), null));
            return Results.Json(new { error = new { code = "ServiceError", message = "Scripted failure." } }, statusCode: 500);
        }

        var id = activityId is not null && kind == "update" ? activityId : NextId();
        requests.Enqueue(new ConnectorRequest(kind, conversationId, activityId, body, http.Request.Headers.Authorization.ToString(), id));
        return Results.Json(new { id }, statusCode: status);
    }

    private async Task<IResult> CreateConversationAsync(HttpContext http)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body);
        var member = body?["members"]?[0]?["id"]?.GetValue<string>() ?? "?";
        if (Unreachable.Contains(member))
        {
            requests.Enqueue(new ConnectorRequest("create", member, null, body, http.Request.Headers.Authorization.ToString(), null));
            return Results.Json(new { error = new { code = "Forbidden", message = "The bot is not installed for this user." } }, statusCode: 403);
        }

        var id = "a:dm-" + member;
        requests.Enqueue(new ConnectorRequest("create", member, null, body, http.Request.Headers.Authorization.ToString(), id));
        return Results.Json(new { id });
    }

    private string NextId() => Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
}
