using System.Text.Json;

namespace BridgeBot.Testing;

/// <summary>
/// Counts what crosses the HTTP layer: requests (method and URL) and, for table query and point-read answers,
/// the entities they returned. Cost claims ("rows read") are checked here, not inside the code under test.
/// </summary>
public sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly Lock gate = new();
    private readonly List<string> requests = [];
    private int entitiesRead;

    public CountingHandler()
        : this(new SocketsHttpHandler())
    {
    }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToArray();
            }
        }
    }

    public int EntitiesRead => Volatile.Read(ref entitiesRead);

    public void Reset()
    {
        lock (gate)
        {
            requests.Clear();
        }

        Interlocked.Exchange(ref entitiesRead, 0);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            requests.Add($"{request.Method} {request.RequestUri}");
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method == HttpMethod.Get && response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Interlocked.Add(ref entitiesRead, CountEntities(body));
        }

        return response;
    }

    private static int CountEntities(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
                ? value.GetArrayLength()
                : 1;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
