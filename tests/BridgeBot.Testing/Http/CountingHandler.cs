using System.Net;
using System.Text.Json;

namespace BridgeBot.Testing.Http;

/// <summary>
/// Counts what passes through an <see cref="HttpClient"/>: requests, their method and URL, and how many table
/// entities each response carried, so tests can assert on the cost of an operation at the HTTP layer.
/// </summary>
public sealed class CountingHandler : DelegatingHandler
{
    private readonly Lock _gate = new();
    private readonly List<RecordedExchange> _exchanges = [];

    /// <summary>Counts requests sent through a new <see cref="SocketsHttpHandler"/>.</summary>
    public CountingHandler()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Counts requests sent through <paramref name="innerHandler"/>.</summary>
    /// <param name="innerHandler">The handler that really sends.</param>
    public CountingHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <summary>Every exchange so far, in the order the responses arrived.</summary>
    public IReadOnlyList<RecordedExchange> Exchanges
    {
        get
        {
            lock (_gate)
            {
                return [.. _exchanges];
            }
        }
    }

    /// <summary>How many requests were sent.</summary>
    public int RequestCount => Exchanges.Count;

    /// <summary>How many entities all responses carried together.</summary>
    public int EntityCount => Exchanges.Sum(exchange => exchange.EntityCount);

    /// <summary>Forgets what was counted.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _exchanges.Clear();
        }
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var entities = await CountEntitiesAsync(response, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _exchanges.Add(new RecordedExchange(request.Method, request.RequestUri!, response.StatusCode, entities));
        }

        return response;
    }

    // A query page is {"value":[...]}; a single entity is an object with a PartitionKey.
    private static async Task<int> CountEntitiesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return 0;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            // Azurite labels its empty 204 answers application/json too.
            return 0;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return root.ValueKind != JsonValueKind.Object ? 0
            : root.TryGetProperty("value", out var rows) && rows.ValueKind == JsonValueKind.Array ? rows.GetArrayLength()
            : root.TryGetProperty("PartitionKey", out _) && response.StatusCode == HttpStatusCode.OK ? 1
            : 0;
    }
}
