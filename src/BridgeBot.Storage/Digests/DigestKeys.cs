using System.Globalization;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Digests;

/// <summary>
/// The layout of the one partition that holds every workspace's digest subscriptions. One partition, so that advancing
/// a subscription, moving its due entry and claiming its day are a single entity group transaction:
/// <list type="bullet">
/// <item><c>sub|{channel}</c> the subscription (the truth): schedule, next due, next sweep, when its last digest was;</item>
/// <item><c>due|{ticks}|{channel}|digest</c>, <c>…|sweep</c> and <c>…|retry|{day}</c>: the due index, ordered by the UTC
/// ticks it falls due at, so a tick reads <c>RowKey lt 'due|{now}'</c> and nothing else;</item>
/// <item><c>claim|{channel}|{yyyy-MM-dd}</c>: a channel-day's digest, inserted by exactly one instance;</item>
/// <item><c>nudge|{hash}</c>: the last day a person was reminded about a conflict.</item>
/// </list>
/// <c>{channel}</c> is a hash of the workspace and channel ids: both are the platforms' ids, long and of any characters,
/// and hashing the pair also keeps a separator inside an id from making two channels one key.
/// </summary>
public static class DigestKeys
{
    /// <summary>The partition.</summary>
    public const string Partition = "digests";

    /// <summary>Prefix of the due index.</summary>
    public const string DuePrefix = "due|";

    /// <summary>The key of a workspace's channel inside other keys.</summary>
    public static string Channel(WorkspaceId workspace, string channelId) => TableKey.Hash(workspace.Value + "\n" + channelId);

    /// <summary>A subscription row.</summary>
    public static string Subscription(string channel) => "sub|" + channel;

    /// <summary>A digest's due entry.</summary>
    public static string DueDigest(DateTimeOffset at, string channel) => Due(at) + "|" + channel + "|digest";

    /// <summary>A sweep's due entry.</summary>
    public static string DueSweep(DateTimeOffset at, string channel) => Due(at) + "|" + channel + "|sweep";

    /// <summary>A claimed digest's retry (or watchdog) entry.</summary>
    public static string DueRetry(DateTimeOffset at, string channel, DateOnly day) => Due(at) + "|" + channel + "|retry|" + TableKey.Day(day);

    /// <summary>The first due key after everything due at <paramref name="now"/>.</summary>
    public static string DueAfter(DateTimeOffset now) => Due(now.AddTicks(1));

    /// <summary>A channel-day's claim.</summary>
    public static string Claim(string channel, DateOnly day) => "claim|" + channel + "|" + TableKey.Day(day);

    /// <summary>The reminder record of a person about a conflict.</summary>
    public static string Nudge(WorkspaceId workspace, ConflictId conflict, UserRef person) =>
        "nudge|" + TableKey.Hash(workspace.Value + "\n" + conflict + "\n" + person.Id);

    private static string Due(DateTimeOffset at) => DuePrefix + at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
