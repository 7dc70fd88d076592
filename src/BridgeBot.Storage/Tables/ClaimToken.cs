using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// The opaque token of a claimed row (a digest claim, a retrospective's due entry): the row's ETag, so only the holder
/// of the current version may move the claim on, and a row key the claim goes on with (the digest's pending retry
/// entry, the due entry's own key).
/// </summary>
internal static class ClaimToken
{
    public static string Write(ETag etag, string rowKey) => etag + "\n" + rowKey;

    public static (ETag ETag, string RowKey) Read(string token)
    {
        var separator = token.IndexOf('\n', StringComparison.Ordinal);
        return (new ETag(token[..separator]), token[(separator + 1)..]);
    }
}
