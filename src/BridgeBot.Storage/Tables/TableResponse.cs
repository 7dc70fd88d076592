using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using Azure;
using Azure.Core;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// A fully buffered HTTP response as Azure.Core's <see cref="Response"/>, so callers get the same
/// <c>Response</c>, <c>Response&lt;T&gt;</c> and <see cref="RequestFailedException"/> the Azure SDK gives them.
/// </summary>
internal sealed class TableResponse : Response
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;
    private Stream? _contentStream;

    public TableResponse(int status, string reasonPhrase, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] content)
    {
        Status = status;
        ReasonPhrase = reasonPhrase;
        _headers = headers;
        _contentStream = new MemoryStream(content, 0, content.Length, writable: false, publiclyVisible: true);
    }

    public override int Status { get; }

    public override string ReasonPhrase { get; }

    public override Stream? ContentStream
    {
        get => _contentStream;
        set => _contentStream = value;
    }

    public override string ClientRequestId { get; set; } = string.Empty;

    public bool IsSuccess => Status is >= 200 and < 300;

    public override bool IsError => !IsSuccess;

    /// <summary>Buffers the whole body, so that the attempt's timeout covers reading it and the result is reusable.</summary>
    public static async Task<TableResponse> ReadAsync(HttpResponseMessage message, CancellationToken cancellationToken)
    {
        var content = await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = new List<KeyValuePair<string, string>>();
        AddHeaders(headers, message.Headers);
        AddHeaders(headers, message.Content.Headers);
        return new TableResponse((int)message.StatusCode, message.ReasonPhrase ?? string.Empty, headers, content);
    }

    public string? GetHeader(string name) => TryGetHeader(name, out var value) ? value : null;

    public override void Dispose()
    {
        // Nothing to release: the content is an in-memory copy.
    }

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = TryGetHeaderValues(name, out var values) ? string.Join(',', values) : null;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = _headers.Where(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            .Select(header => header.Value)
            .ToList();
        values = found.Count == 0 ? null : found;
        return values is not null;
    }

    protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() =>
        _headers.Select(header => new HttpHeader(header.Key, header.Value));

    private static void AddHeaders(List<KeyValuePair<string, string>> target, HttpHeaders source)
    {
        // Unvalidated: the raw text is what the protocol defines (ETags are echoed verbatim, for one).
        foreach (var (name, values) in source.NonValidated)
        {
            target.AddRange(values.Select(value => new KeyValuePair<string, string>(name, value)));
        }
    }
}
