using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BridgeBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BridgeBot.Teams.Tests.Connector;

/// <summary>
/// A Bot Connector on loopback that records every request. It answers as the Agents Playground's mock
/// connector does (201 with an id for posts, 200 for updates) unless a test scripts the next answers.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> received = new();
    private readonly ConcurrentQueue<ScriptedAnswer> script = new();
    private LoopbackServer? server;
    private const int Dropped = -1;
    private const int Hung = -2;
    private int nextActivity;

    /// <summary>Like the Playground's, with a path the client must keep.</summary>
    public string ServiceUrl => (server ?? throw new InvalidOperationException("Not started.")).Url("_connector").ToString();

    public IReadOnlyList<RecordedRequest> Received => [.. received];

    /// <summary>The requests it accepted, i.e. the activities that were really delivered.</summary>
    public IReadOnlyList<RecordedRequest> Delivered => [.. received.Where(request => request.AnsweredStatus is >= 200 and < 300)];

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector.server = await LoopbackServer.StartAsync(app => app.Run(connector.HandleAsync));
        return connector;
    }

    public void AnswerNext(int status, string? body = null, string? retryAfter = null, string? correlationId = null) =>
        script.Enqueue(new ScriptedAnswer(status, body, retryAfter, correlationId));

    /// <summary>The next request is received and recorded, then never answered (the client's timeout ends it).</summary>
    public void HangNext() => script.Enqueue(new ScriptedAnswer(Hung, null, null, null));

    /// <summary>The next request is received and recorded, then its connection is dropped without an answer.</summary>
    public void DropNext() => script.Enqueue(new ScriptedAnswer(Dropped, null, null, null));

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var answer = script.TryDequeue(out var scripted) ? scripted : DefaultAnswer(context.Request.Method, context.Request.Path);
        received.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType,
            string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body),
            answer.Status));

        if (answer.Status == Hung)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (answer.Status == Dropped)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = answer.Status;
        context.Response.Headers["X-Correlating-OperationId"] = answer.CorrelationId ?? "fake-operation";
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        }
    }

    private ScriptedAnswer DefaultAnswer(string method, PathString path)
    {
        if (path.Value?.EndsWith("/v3/conversations", StringComparison.Ordinal) == true)
        {
            return new ScriptedAnswer(201, """{"id":"a:created-conversation"}""", null, null);
        }

        var id = method == HttpMethods.Put ? path.Value![(path.Value!.LastIndexOf('/') + 1)..] : $"activity-{Interlocked.Increment(ref nextActivity)}";
        return new ScriptedAnswer(method == HttpMethods.Put ? 200 : 201, new JsonObject { ["id"] = id }.ToJsonString(), null, null);
    }

    private sealed record ScriptedAnswer(int Status, string? Body, string? RetryAfter, string? CorrelationId);
}
