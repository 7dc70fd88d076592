using Azure;

namespace BridgeBot.Storage.Digests;

/// <summary>
/// What a <see cref="Domain.Digests.DigestClaim"/>'s opaque token holds: the claim row's ETag (only the holder of the
/// current version may move the claim on) and the key of its pending retry entry (so moving on replaces that entry).
/// A <see cref="Domain.Conflicts.Retrospectives.RetrospectiveDue"/>'s token is the same pair: its row's ETag and key.
/// </summary>
internal static class ClaimToken
{
    public static string Write(ETag etag, string retryKey) => etag + "\n" + retryKey;

    public static (ETag ETag, string RetryKey) Read(string token)
    {
        var separator = token.IndexOf('\n', StringComparison.Ordinal);
        return (new ETag(token[..separator]), token[(separator + 1)..]);
    }
}
