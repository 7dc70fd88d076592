using System.Globalization;
using System.Text.Json;
using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>Reads entities from the service's OData JSON (minimal metadata), typing values by their annotations.</summary>
internal static class TableEntityJsonReader
{
    public static TableEntity ReadEntity(BinaryData json)
    {
        using var document = JsonDocument.Parse(json);
        return ReadEntity(document.RootElement);
    }

    public static IReadOnlyList<TableEntity> ReadQueryPage(BinaryData json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("value", out var rows))
        {
            return [];
        }

        var entities = new List<TableEntity>(rows.GetArrayLength());
        foreach (var row in rows.EnumerateArray())
        {
            entities.Add(ReadEntity(row));
        }

        return entities;
    }

    private static TableEntity ReadEntity(JsonElement row)
    {
        var entity = new TableEntity();
        foreach (var property in row.EnumerateObject())
        {
            var name = property.Name;
            if (name == TablePropertyNames.ODataETag)
            {
                entity.ETag = new ETag(property.Value.GetString()!);
            }
            else if (!name.StartsWith(TablePropertyNames.ODataPrefix, StringComparison.Ordinal)
                && !name.EndsWith(TablePropertyNames.ODataTypeSuffix, StringComparison.Ordinal)
                && property.Value.ValueKind != JsonValueKind.Null)
            {
                // Timestamp is always Edm.DateTime, but Azurite sends it without the annotation.
                var edmType = row.TryGetProperty(name + TablePropertyNames.ODataTypeSuffix, out var annotation)
                    ? annotation.GetString()
                    : name == TablePropertyNames.Timestamp ? TableEdmFormat.DateTime : null;
                entity[name] = ReadValue(name, property.Value, edmType);
            }
        }

        return entity;
    }

    private static object ReadValue(string name, JsonElement value, string? edmType) => edmType switch
    {
        null => ReadUntyped(name, value),
        "Edm.String" => value.GetString()!,
        "Edm.Boolean" => value.GetBoolean(),
        "Edm.Int32" => value.GetInt32(),
        TableEdmFormat.Int64 => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        TableEdmFormat.Double => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        TableEdmFormat.DateTime => TableEdmFormat.ParseDateTime(value.GetString()!),
        TableEdmFormat.Guid => Guid.Parse(value.GetString()!),
        TableEdmFormat.Binary => value.GetBytesFromBase64(),
        _ => throw new NotSupportedException($"Property '{name}' has unknown type {edmType}."),
    };

    // Without an annotation the JSON kind decides, as the service documents for minimal metadata:
    // strings, booleans, Int32 and (fractional) doubles need none.
    private static object ReadUntyped(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out var number) => number,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new NotSupportedException($"Property '{name}' holds a JSON {value.ValueKind}, which no Edm type maps to."),
    };
}
