using System.Text.Json;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Writes an entity as OData JSON with the type annotations Azure.Data.Tables writes, so either client reads
/// back the same types.
/// </summary>
internal static class TableEntityJsonWriter
{
    public static byte[] Write(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in entity)
            {
                // Timestamp and the ETag belong to the service; sending them back is at best ignored.
                if (value is not null && name != TablePropertyNames.Timestamp)
                {
                    WriteProperty(writer, name, value);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString(name, text);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case long number:
                // JSON numbers lose precision past 2^53 in many readers, so Edm.Int64 travels as a string.
                WriteAnnotated(writer, name, TableEdmFormat.Int64, TableEdmFormat.FormatInt64(number));
                break;
            case double number:
                // Always annotated: without it 1.0 would be read back as an Int32.
                writer.WriteString(name + TablePropertyNames.ODataTypeSuffix, TableEdmFormat.Double);
                if (double.IsFinite(number))
                {
                    writer.WriteNumber(name, number);
                }
                else
                {
                    writer.WriteString(name, TableEdmFormat.FormatDouble(number));
                }

                break;
            case DateTimeOffset moment:
                WriteAnnotated(writer, name, TableEdmFormat.DateTime, TableEdmFormat.FormatDateTime(moment));
                break;
            case DateTime moment:
                WriteAnnotated(writer, name, TableEdmFormat.DateTime, TableEdmFormat.FormatDateTime(TableEdmFormat.ToUtc(moment)));
                break;
            case Guid id:
                WriteAnnotated(writer, name, TableEdmFormat.Guid, id.ToString("D"));
                break;
            case byte[] bytes:
                WriteAnnotated(writer, name, TableEdmFormat.Binary, Convert.ToBase64String(bytes));
                break;
            case BinaryData bytes:
                WriteAnnotated(writer, name, TableEdmFormat.Binary, Convert.ToBase64String(bytes.ToMemory().Span));
                break;
            default:
                throw new NotSupportedException(
                    $"Property '{name}' has type {value.GetType().Name}, which Table Storage cannot store.");
        }
    }

    private static void WriteAnnotated(Utf8JsonWriter writer, string name, string edmType, string text)
    {
        writer.WriteString(name + TablePropertyNames.ODataTypeSuffix, edmType);
        writer.WriteString(name, text);
    }
}
