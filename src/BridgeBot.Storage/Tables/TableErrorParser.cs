using System.Text.Json;
using Azure;
using Azure.Core;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Reads the service's error code and message from <c>{"odata.error":{"code":…,"message":{"value":…}}}</c>, or from
/// the <c>x-ms-error-code</c> header when the body has none, into the <see cref="RequestFailedException"/>.
/// </summary>
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static readonly TableErrorParser Instance = new();

    public static RequestFailedException CreateException(Response response) => new(response, null, Instance);

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var (code, message) = ReadODataError(response.Content);
        code ??= response.Headers.TryGetValue(TableHeaders.ErrorCode, out var header) ? header : null;
        error = code is null ? null : new ResponseError(code, message ?? code);
        return error is not null;
    }

    public static (string? Code, string? Message) ReadODataError(BinaryData content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("odata.error", out var error))
            {
                var code = error.TryGetProperty("code", out var codeElement) ? codeElement.GetString() : null;
                var message = error.TryGetProperty("message", out var messageElement)
                    && messageElement.ValueKind == JsonValueKind.Object
                    && messageElement.TryGetProperty("value", out var value)
                        ? value.GetString()
                        : null;
                return (code, message);
            }
        }
        catch (JsonException)
        {
            // Not JSON (an empty body, or a proxy's HTML page): the status alone has to do.
        }

        return (null, null);
    }
}
