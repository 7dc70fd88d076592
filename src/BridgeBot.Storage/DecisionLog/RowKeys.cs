using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Storage.DecisionLog;

/// <summary>
/// The layout of one workspace's partition. Every row of a workspace shares its partition, so a state change
/// (conflict row, new log rows, index rows, delivery marker) is one entity group transaction. Row keys are
/// prefixed by kind and zero-padded, so each kind is a contiguous, ordered range:
/// <list type="bullet">
/// <item><c>conflict|000000042</c> the conflict as it now stands;</item>
/// <item><c>log|000000042|000000007</c> its 7th log entry (inserted, never replaced: the key is also the write lock);</item>
/// <item><c>open|000000042</c> a copy while it is open, so listing open conflicts reads only open ones;</item>
/// <item><c>decision|{inverted ticks}|000000042|{9999 - n}</c> one row per decision, newest first;</item>
/// <item><c>delivery|{sha256}</c> a platform request that was applied; <c>counter</c> and <c>settings</c>;</item>
/// <item><c>conversation|{sha256}</c> and <c>card|000000042|{sha256}</c>: where to post, and where the cards are;</item>
/// <item><c>installation</c>: the app's installation in the workspace (its bot token).</item>
/// </list>
/// </summary>
public static class RowKeys
{
    /// <summary>The next conflict number.</summary>
    public const string Counter = "counter";

    /// <summary>Workspace settings.</summary>
    public const string Settings = "settings";

    /// <summary>The app's installation in the workspace.</summary>
    public const string Installation = "installation";

    /// <summary>Prefix of conflict rows.</summary>
    public const string ConflictPrefix = "conflict|";

    /// <summary>Prefix of open-index rows.</summary>
    public const string OpenPrefix = "open|";

    /// <summary>Prefix of decision-index rows.</summary>
    public const string DecisionPrefix = "decision|";

    /// <summary>The partition of a workspace (its id, escaped for a key).</summary>
    public static string Partition(WorkspaceId workspace) => Tables.TableKey.Encode(workspace.Value);

    /// <summary>A conflict's row.</summary>
    public static string Conflict(ConflictId id) => ConflictPrefix + Pad(id.Number);

    /// <summary>A conflict's open-index row.</summary>
    public static string Open(ConflictId id) => OpenPrefix + Pad(id.Number);

    /// <summary>The prefix of a conflict's log rows.</summary>
    public static string LogPrefix(ConflictId id) => "log|" + Pad(id.Number) + "|";

    /// <summary>One log row.</summary>
    public static string Log(ConflictId id, int sequence) => LogPrefix(id) + Pad(sequence);

    /// <summary>
    /// A decision-index row; inverted ticks make the newest decision sort first, and within one instant the
    /// inverted decision number keeps a superseding decision ahead of the one it supersedes.
    /// </summary>
    public static string Decision(DateTimeOffset decidedAt, ConflictId id, int number) =>
        DecisionPrefix
        + (DateTimeOffset.MaxValue.UtcTicks - decidedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)
        + "|" + Pad(id.Number) + "|" + (9999 - number).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The first decision-index key of decisions made at or before <paramref name="instant"/> (keys sort newest first).</summary>
    public static string DecisionsFrom(DateTimeOffset instant) =>
        DecisionPrefix + (DateTimeOffset.MaxValue.UtcTicks - instant.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>A delivery marker. Platform ids can be long and contain anything, so the key is their hash.</summary>
    public static string Delivery(DeliveryId delivery) =>
        "delivery|" + Hash(delivery.Value);

    /// <summary>A saved conversation address (its key can be long and hold anything, so it is hashed).</summary>
    public static string Conversation(string key) => "conversation|" + Hash(key);

    /// <summary>The claim on posting a conflict's card in one conversation (outside the card rows' range).</summary>
    public static string CardPost(ConflictId id, string conversationKey) => "post|" + Pad(id.Number) + "|" + Hash(conversationKey);

    /// <summary>The prefix of a conflict's card rows.</summary>
    public static string CardPrefix(ConflictId id) => "card|" + Pad(id.Number) + "|";

    /// <summary>One posted card of a conflict: every copy (the channel card, each manager's private copy, a card
    /// posted again by <c>show</c>) has its own row, so each is updated in place.</summary>
    public static string Card(ConflictId id, string conversationKey, string messageId) =>
        CardPrefix(id) + Hash(conversationKey + "\n" + messageId);

    /// <summary>The first key after every key that starts with <paramref name="prefix"/>, for range queries.</summary>
    public static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Pad(int number) => number.ToString("D9", CultureInfo.InvariantCulture);
}
