using System.Text.Json;
using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>Reads the service's error body (<c>{"odata.error":{"code":…,"message":{"value":…}}}</c>).</summary>
internal static class TableErrors
{
    public static (string? Code, string Message) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("odata.error", out var error))
            {
                var code = error.TryGetProperty("code", out var codeElement) ? codeElement.GetString() : null;
                var message = error.TryGetProperty("message", out var messageElement) && messageElement.ValueKind == JsonValueKind.Object
                    && messageElement.TryGetProperty("value", out var value)
                    ? value.GetString()
                    : null;
                return (code, message ?? code ?? "The table service reported an error.");
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, an empty body): report the status alone.
        }

        return (null, body.Length == 0 ? "The table service reported an error." : body[..Math.Min(body.Length, 300)]);
    }

    public static async Task<RequestFailedException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (code, message) = Parse(body);
        return new RequestFailedException((int)response.StatusCode, $"{(int)response.StatusCode} {code}: {message}", code, null);
    }
}
