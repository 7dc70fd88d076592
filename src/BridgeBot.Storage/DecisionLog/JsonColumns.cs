using System.Globalization;
using System.Text;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.DecisionLog;

/// <summary>
/// Stores a long JSON text across numbered string properties (<c>Snapshot</c>, <c>Snapshot1</c>, …): a table
/// string property holds at most 64 KiB (32K UTF-16 characters), an entity up to 1 MiB.
/// </summary>
internal static class JsonColumns
{
    private const int ChunkLength = 30_000;
    private const int MaxChunks = 15;

    public static void Write(TableEntity entity, string name, string json)
    {
        var chunks = (json.Length + ChunkLength - 1) / ChunkLength;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"{name} is {json.Length} characters; the limit is {ChunkLength * MaxChunks}.");
        }

        for (var i = 0; i < Math.Max(chunks, 1); i++)
        {
            var start = i * ChunkLength;
            entity[PropertyName(name, i)] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        }
    }

    public static string Read(TableEntity entity, string name)
    {
        var json = new StringBuilder(entity.GetString(name) ?? throw new InvalidOperationException($"Row {entity.RowKey} has no {name}."));
        for (var i = 1; i < MaxChunks && entity.GetString(PropertyName(name, i)) is { } next; i++)
        {
            json.Append(next);
        }

        return json.ToString();
    }

    private static string PropertyName(string name, int index) =>
        index == 0 ? name : name + index.ToString(CultureInfo.InvariantCulture);
}
