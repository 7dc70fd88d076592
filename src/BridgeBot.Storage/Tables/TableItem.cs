namespace BridgeBot.Storage.Tables;

/// <summary>A table of the account, as returned by <see cref="TableClient.CreateIfNotExistsAsync"/>.</summary>
public sealed class TableItem
{
    /// <summary>Creates the description of a table.</summary>
    /// <param name="name">The table name.</param>
    public TableItem(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The table name.</summary>
    public string Name { get; }
}
