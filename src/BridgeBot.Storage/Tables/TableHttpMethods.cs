namespace BridgeBot.Storage.Tables;

/// <summary>HTTP methods of the Table protocol that <see cref="HttpMethod"/> does not name.</summary>
internal static class TableHttpMethods
{
    public static readonly HttpMethod Merge = new("MERGE");
}
