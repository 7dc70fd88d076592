using System.Net;

namespace BridgeBot.Testing.Http;

/// <summary>
/// A fake server in process: answers each request with the next scripted response and records what it received.
/// For behaviour a real server will not produce on demand (503s, timeouts, Retry-After).
/// </summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<ReceivedRequest> _requests = [];

    /// <summary>The requests received so far.</summary>
    public IReadOnlyList<ReceivedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Answers the next request with <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="body">A JSON body, if any.</param>
    /// <param name="headers">Response headers to add.</param>
    /// <returns>This handler, to chain further answers.</returns>
    public ScriptedHandler Then(HttpStatusCode status, string? body = null, params (string Name, string Value)[] headers) =>
        Then((_, _) =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = body is null ? new ByteArrayContent([]) : new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        });

    /// <summary>Answers the next request with whatever <paramref name="respond"/> does (throw, hang, ...).</summary>
    /// <param name="respond">The behaviour.</param>
    /// <returns>This handler, to chain further answers.</returns>
    public ScriptedHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        lock (_gate)
        {
            _script.Enqueue(respond);
        }

        return this;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond;
        lock (_gate)
        {
            _requests.Add(ReceivedRequest.From(request));
            if (!_script.TryDequeue(out respond!))
            {
                throw new InvalidOperationException($"Unscripted request {_requests.Count}: {request.Method} {request.RequestUri}");
            }
        }

        return respond(request, cancellationToken);
    }
}
