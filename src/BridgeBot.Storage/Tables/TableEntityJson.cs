using System.Globalization;
using System.Text.Json;
using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Entities as the Table service's OData JSON: types that JSON cannot carry on its own are annotated
/// (<c>Prop@odata.type</c>: Edm.Int64 as a string, Edm.DateTime with 7 fractional digits, Edm.Guid, Edm.Binary,
/// and Edm.Double always, so 1.0 reads back as a double), which is what the official SDKs write and read.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static byte[] Write(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("PartitionKey", entity.PartitionKey);
            json.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity)
            {
                WriteProperty(json, name, value);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static TableEntity Read(JsonElement element, string? etagHeader = null)
    {
        var entity = new TableEntity();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                types[property.Name[..^TypeSuffix.Length]] = property.Value.GetString() ?? string.Empty;
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            switch (name)
            {
                case "PartitionKey":
                    entity.PartitionKey = property.Value.GetString() ?? string.Empty;
                    break;
                case "RowKey":
                    entity.RowKey = property.Value.GetString() ?? string.Empty;
                    break;
                case "Timestamp":
                    entity.Timestamp = ParseDate(property.Value.GetString());
                    break;
                case "odata.etag":
                    entity.ETag = new ETag(property.Value.GetString() ?? string.Empty);
                    break;
                default:
                    if (!name.StartsWith("odata.", StringComparison.Ordinal))
                    {
                        entity[name] = ReadValue(property.Value, types.GetValueOrDefault(name));
                    }

                    break;
            }
        }

        if (etagHeader is not null)
        {
            entity.ETag = new ETag(etagHeader);
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                // The service stores no nulls; leaving the property out is how a null is written.
                return;
            case string text:
                json.WriteString(name, text);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case long number:
                json.WriteString(name + TypeSuffix, "Edm.Int64");
                json.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                json.WriteString(name + TypeSuffix, "Edm.Double");
                if (double.IsFinite(number))
                {
                    json.WriteNumber(name, number);
                }
                else
                {
                    json.WriteString(name, double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case DateTimeOffset date:
                WriteDate(json, name, date);
                break;
            case DateTime date:
                WriteDate(json, name, new DateTimeOffset(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date));
                break;
            case Guid guid:
                json.WriteString(name + TypeSuffix, "Edm.Guid");
                json.WriteString(name, guid.ToString("D"));
                break;
            case byte[] bytes:
                json.WriteString(name + TypeSuffix, "Edm.Binary");
                json.WriteBase64String(name, bytes);
                break;
            default:
                throw new ArgumentException($"Property {name} has type {value.GetType().Name}, which a table cannot store.", nameof(value));
        }
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateTimeOffset date)
    {
        json.WriteString(name + TypeSuffix, "Edm.DateTime");
        json.WriteString(name, date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
    }

    private static object? ReadValue(JsonElement value, string? edmType) => edmType switch
    {
        "Edm.Int64" => long.Parse(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(), CultureInfo.InvariantCulture),
        "Edm.DateTime" => ParseDate(value.GetString()),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        "Edm.Double" => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        "Edm.Int32" => value.GetInt32(),
        "Edm.Boolean" => value.GetBoolean(),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out var small) && !HasFraction(value) => small,
            JsonValueKind.Number => value.GetDouble(),
            _ => null,
        },
    };

    private static bool HasFraction(JsonElement number)
    {
        var raw = number.GetRawText();
        return raw.Contains('.', StringComparison.Ordinal) || raw.Contains('e', StringComparison.OrdinalIgnoreCase);
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
