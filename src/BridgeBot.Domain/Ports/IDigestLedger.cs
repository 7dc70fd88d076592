using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// The digest ledger, the scheduler's side of digest storage: the due index and the claims that make a digest exactly-once per channel
/// and local day across instances. Every "try" below is one atomic step that exactly one instance wins; a loser gets
/// null or false and moves on.
/// </summary>
public interface IDigestLedger
{
    /// <summary>
    /// The entries due at <paramref name="now"/>, oldest first, at most <paramref name="max"/>. Cost grows with what is
    /// due, never with subscriptions that are not.
    /// </summary>
    Task<IReadOnlyList<DueEntry>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a <see cref="DueKind.Digest"/> entry: moves the subscription on to <paramref name="nextDue"/> and, when
    /// <paramref name="day"/> is given, claims that day's digest (with a watchdog retry at <paramref name="watchdogAt"/>,
    /// in case this instance dies while posting). Null when another instance won, the subscription changed since the
    /// entry was written, or the day was already claimed (then the subscription is still moved on).
    /// </summary>
    Task<DigestClaim?> TryClaimAsync(
        DueEntry entry, DateTimeOffset nextDue, DateOnly? day, DateTimeOffset now, DateTimeOffset watchdogAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a <see cref="DueKind.Retry"/> entry: takes the claim over for its next attempt (with a new watchdog at
    /// <paramref name="watchdogAt"/>) if it is still unposted and has attempts left. The result says which.
    /// </summary>
    Task<RetryTakeover> TryTakeOverAsync(DueEntry entry, int maxAttempts, DateTimeOffset watchdogAt, CancellationToken cancellationToken = default);

    /// <summary>Records the posted summary message on the claim; null when the claim was taken over meanwhile.</summary>
    Task<DigestClaim?> RecordRootAsync(DigestClaim claim, string rootMessageId, CancellationToken cancellationToken = default);

    /// <summary>Marks the claim posted and drops its watchdog; false when the claim was taken over meanwhile.</summary>
    Task<bool> MarkPostedAsync(DigestClaim claim, string outcome, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt and moves its retry to <paramref name="retryAt"/>; false when the claim was taken over meanwhile.</summary>
    Task<bool> ScheduleRetryAsync(DigestClaim claim, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken = default);

    /// <summary>Records that the digest was given up after its last attempt, and drops its retry entry.</summary>
    Task GiveUpAsync(DigestClaim claim, string failure, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a <see cref="DueKind.Sweep"/> entry: moves the sweep on to <paramref name="nextSweep"/>; true for the one
    /// instance that should sweep now.
    /// </summary>
    Task<bool> TryTakeSweepAsync(DueEntry entry, DateTimeOffset nextSweep, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that <paramref name="person"/> is reminded about <paramref name="conflict"/> on <paramref name="day"/>;
    /// false when they already were that day (by any instance).
    /// </summary>
    Task<bool> TryRecordNudgeAsync(WorkspaceId workspace, ConflictId conflict, UserRef person, DateOnly day, CancellationToken cancellationToken = default);
}
