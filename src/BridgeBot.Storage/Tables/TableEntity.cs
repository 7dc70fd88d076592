using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// A table row: PartitionKey, RowKey, the service's ETag and Timestamp, and named properties whose .NET type
/// decides the Edm type written (string, int, long, double, bool, DateTimeOffset, DateTime, Guid, byte[]).
/// Shaped like Azure.Data.Tables' <c>TableEntity</c> so that swapping in the official package stays local.
/// </summary>
[SuppressMessage("Naming", "CA1710", Justification = "Named after Azure.Data.Tables' TableEntity, which this stands in for.")]
public sealed class TableEntity : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> properties = new(StringComparer.Ordinal);

    /// <summary>An empty entity.</summary>
    public TableEntity()
    {
    }

    /// <summary>An entity with its keys.</summary>
    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>The partition key.</summary>
    public string PartitionKey { get; set; } = string.Empty;

    /// <summary>The row key.</summary>
    public string RowKey { get; set; } = string.Empty;

    /// <summary>The ETag the service returned; <c>default</c> for an entity not read from the service.</summary>
    public ETag ETag { get; set; }

    /// <summary>When the service last modified the row.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc />
    public ICollection<string> Keys => properties.Keys;

    /// <inheritdoc />
    public ICollection<object?> Values => properties.Values;

    /// <inheritdoc />
    public int Count => properties.Count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public object? this[string key]
    {
        get => properties.TryGetValue(key, out var value) ? value : null;
        set => properties[key] = value;
    }

    /// <summary>A string property, or null.</summary>
    public string? GetString(string key) => this[key] as string;

    /// <summary>An Int32 property, or null.</summary>
    public int? GetInt32(string key) => this[key] switch
    {
        int value => value,
        long value and >= int.MinValue and <= int.MaxValue => (int)value,
        _ => null,
    };

    /// <summary>An Int64 property (an Int32 widens), or null.</summary>
    public long? GetInt64(string key) => this[key] switch
    {
        long value => value,
        int value => value,
        _ => null,
    };

    /// <summary>A Double property (integers widen), or null.</summary>
    public double? GetDouble(string key) => this[key] switch
    {
        double value => value,
        int value => value,
        long value => value,
        _ => null,
    };

    /// <summary>A Boolean property, or null.</summary>
    public bool? GetBoolean(string key) => this[key] as bool?;

    /// <summary>A DateTime property as UTC, or null.</summary>
    public DateTimeOffset? GetDateTimeOffset(string key) => this[key] switch
    {
        DateTimeOffset value => value,
        DateTime value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
        _ => null,
    };

    /// <summary>A Guid property, or null.</summary>
    public Guid? GetGuid(string key) => this[key] as Guid?;

    /// <summary>A Binary property, or null.</summary>
    public byte[]? GetBinary(string key) => this[key] as byte[];

    /// <inheritdoc />
    public void Add(string key, object? value) => properties.Add(key, value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => properties.ContainsKey(key);

    /// <inheritdoc />
    public bool Remove(string key) => properties.Remove(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => properties.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Add(KeyValuePair<string, object?> item) => properties.Add(item.Key, item.Value);

    /// <inheritdoc />
    public void Clear() => properties.Clear();

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)properties).Contains(item);

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)properties).CopyTo(array, arrayIndex);

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)properties).Remove(item);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
