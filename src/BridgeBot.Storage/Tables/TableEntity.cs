using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// A table row as a dictionary of property names to values, shaped like Azure.Data.Tables' <c>TableEntity</c>.
/// </summary>
/// <remarks>
/// Values may be <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="DateTimeOffset"/>, <see cref="DateTime"/>, <see cref="Guid"/>, <see cref="byte"/> arrays, <see cref="BinaryData"/>
/// or <c>null</c>; a <see cref="DateTime"/> of unspecified kind is taken as UTC. Table Storage has no null: a null value is simply not written, so after a replace the property is gone
/// and after a merge it keeps its stored value. Read back, Edm.DateTime comes as <see cref="DateTimeOffset"/> (UTC) and
/// Edm.Binary as a byte array. The indexer returns <c>null</c> for a missing property, as Azure.Data.Tables does.
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named as in Azure.Data.Tables, so a swap to it touches one folder.")]
public sealed class TableEntity : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _properties;

    /// <summary>Creates an empty entity.</summary>
    public TableEntity()
    {
        _properties = new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    /// <summary>Creates an entity with its keys.</summary>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    public TableEntity(string partitionKey, string rowKey)
        : this()
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>Creates an entity holding a copy of the given properties.</summary>
    /// <param name="values">The properties, keys included.</param>
    public TableEntity(IDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _properties = new Dictionary<string, object?>(values, StringComparer.Ordinal);
    }

    /// <summary>The partition key.</summary>
    public string PartitionKey
    {
        get => GetString(TablePropertyNames.PartitionKey) ?? string.Empty;
        set => _properties[TablePropertyNames.PartitionKey] = value;
    }

    /// <summary>The row key.</summary>
    public string RowKey
    {
        get => GetString(TablePropertyNames.RowKey) ?? string.Empty;
        set => _properties[TablePropertyNames.RowKey] = value;
    }

    /// <summary>When the service last wrote the entity; set by the service, never sent.</summary>
    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(TablePropertyNames.Timestamp);
        set => _properties[TablePropertyNames.Timestamp] = value;
    }

    /// <summary>The version the service returned with the entity, for optimistic concurrency.</summary>
    public ETag ETag { get; set; }

    /// <summary>Gets a property, or <c>null</c> when it is missing; sets a property.</summary>
    /// <param name="key">The property name.</param>
    public object? this[string key]
    {
        get => _properties.GetValueOrDefault(key);
        set => _properties[key] = value;
    }

    /// <inheritdoc />
    public ICollection<string> Keys => _properties.Keys;

    /// <inheritdoc />
    public ICollection<object?> Values => _properties.Values;

    /// <inheritdoc />
    public int Count => _properties.Count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <summary>A string property, or <c>null</c> when missing.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public string? GetString(string key) => Get<string>(key);

    /// <summary>A 32-bit integer property, or <c>null</c> when missing.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public int? GetInt32(string key) => GetStruct<int>(key);

    /// <summary>A 64-bit integer property (an Int32 is widened), or <c>null</c> when missing.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public long? GetInt64(string key) => _properties.GetValueOrDefault(key) switch
    {
        int value => value,
        _ => GetStruct<long>(key),
    };

    /// <summary>A boolean property, or <c>null</c> when missing.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public bool? GetBoolean(string key) => GetStruct<bool>(key);

    /// <summary>A double property (an Int32 or Int64 is converted), or <c>null</c> when missing.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public double? GetDouble(string key) => _properties.GetValueOrDefault(key) switch
    {
        int value => value,
        long value => value,
        _ => GetStruct<double>(key),
    };

    /// <summary>A date-time property, or <c>null</c> when missing.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public DateTimeOffset? GetDateTimeOffset(string key) => _properties.GetValueOrDefault(key) switch
    {
        DateTime value => TableEdmFormat.ToUtc(value),
        _ => GetStruct<DateTimeOffset>(key),
    };

    /// <summary>A GUID property, or <c>null</c> when missing.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public Guid? GetGuid(string key) => GetStruct<Guid>(key);

    /// <summary>A binary property, or <c>null</c> when missing.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public byte[]? GetBinary(string key) => _properties.GetValueOrDefault(key) switch
    {
        BinaryData value => value.ToArray(),
        _ => Get<byte[]>(key),
    };

    /// <inheritdoc />
    public void Add(string key, object? value) => _properties.Add(key, value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    /// <inheritdoc />
    public bool Remove(string key) => _properties.Remove(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _properties.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Add(KeyValuePair<string, object?> item) => _properties.Add(item.Key, item.Value);

    /// <inheritdoc />
    public void Clear() => _properties.Clear();

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void ThrowIfKeysMissing(string parameterName)
    {
        if (this[TablePropertyNames.PartitionKey] is not string || this[TablePropertyNames.RowKey] is not string)
        {
            throw new ArgumentException("The entity needs a PartitionKey and a RowKey.", parameterName);
        }
    }

    private T? Get<T>(string key)
        where T : class => _properties.GetValueOrDefault(key) switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(key, typeof(T), other),
        };

    private T? GetStruct<T>(string key)
        where T : struct => _properties.GetValueOrDefault(key) switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(key, typeof(T), other),
        };

    private static InvalidOperationException WrongType(string key, Type wanted, object actual) =>
        new($"Property '{key}' holds a {actual.GetType().Name}, not a {wanted.Name}.");
}
