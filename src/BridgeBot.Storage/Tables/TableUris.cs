using System.Globalization;
using System.Text;

namespace BridgeBot.Storage.Tables;

/// <summary>Addresses of a table's resources under the account's table endpoint.</summary>
internal sealed class TableUris(Uri tableEndpoint, string tableName)
{
    private readonly string _base = tableEndpoint.AbsoluteUri.TrimEnd('/');

    public Uri Tables => new(_base + "/Tables");

    public Uri Batch => new(_base + "/$batch");

    public Uri Table => new(_base + "/" + tableName);

    /// <summary>
    /// <c>table(PartitionKey='…',RowKey='…')</c>: quotes in keys are doubled for OData, then every reserved character
    /// is percent-encoded, so a key cannot change the address it is part of.
    /// </summary>
    public Uri Entity(string partitionKey, string rowKey, IEnumerable<string>? select = null) =>
        new($"{_base}/{tableName}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')"
            + QueryString(("$select", SelectList(select))));

    public Uri Query(string? filter, int? top, IEnumerable<string>? select, string? nextPartitionKey, string? nextRowKey) =>
        new($"{_base}/{tableName}()" + QueryString(
            ("$filter", filter),
            ("$top", top?.ToString(CultureInfo.InvariantCulture)),
            ("$select", SelectList(select)),
            ("NextPartitionKey", nextPartitionKey),
            ("NextRowKey", nextRowKey)));

    private static string? SelectList(IEnumerable<string>? select) => select is null ? null : string.Join(',', select);

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static string QueryString(params (string Name, string? Value)[] parameters)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return query.ToString();
    }
}
