using System.Text.Json;

namespace BridgeBot.Teams.Connector;

/// <summary>Reads the connector's <c>{"error":{"code","message"}}</c> answer, which not every service sends.</summary>
internal static class ConnectorErrorBody
{
    public static (string? Code, string? Message) Read(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                return (StringOrNull(error, "code"), StringOrNull(error, "message"));
            }
        }
        catch (JsonException)
        {
            // A proxy's HTML error page: the status and correlation id still say what happened.
        }

        return (null, null);
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
