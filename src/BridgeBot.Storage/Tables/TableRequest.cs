using System.Net.Http.Headers;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// What to send, kept apart from <see cref="HttpRequestMessage"/> because a message can be sent only once
/// and every retry needs a fresh, freshly signed one.
/// </summary>
internal sealed class TableRequest(HttpMethod method, Uri uri)
{
    public HttpMethod Method { get; } = method;

    public Uri Uri { get; } = uri;

    public string? Accept { get; init; } = TableHeaders.AcceptMinimalMetadata;

    public byte[]? Content { get; init; }

    public string ContentType { get; init; } = TableHeaders.JsonContentType;

    public string? IfMatch { get; init; }

    public bool ReturnNoContent { get; init; }

    public HttpRequestMessage CreateMessage(DateTimeOffset now)
    {
        var message = new HttpRequestMessage(Method, Uri);
        var headers = message.Headers;
        headers.TryAddWithoutValidation(TableHeaders.Date, now.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        headers.TryAddWithoutValidation(TableHeaders.Version, TableHeaders.ServiceVersion);
        headers.TryAddWithoutValidation(TableHeaders.DataServiceVersion, TableHeaders.ODataVersion);
        headers.TryAddWithoutValidation(TableHeaders.MaxDataServiceVersion, TableHeaders.ODataVersion);
        headers.TryAddWithoutValidation(TableHeaders.ClientRequestId, Guid.NewGuid().ToString());
        if (Accept is not null)
        {
            headers.TryAddWithoutValidation("Accept", Accept);
        }

        if (IfMatch is not null)
        {
            // Verbatim: the service's weak ETags do not survive .NET's header parsing unchanged.
            headers.TryAddWithoutValidation(TableHeaders.IfMatch, IfMatch);
        }

        if (ReturnNoContent)
        {
            headers.TryAddWithoutValidation(TableHeaders.Prefer, TableHeaders.ReturnNoContent);
        }

        if (Content is not null)
        {
            message.Content = new ByteArrayContent(Content);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        }

        return message;
    }
}
