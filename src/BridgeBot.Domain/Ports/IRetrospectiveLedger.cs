using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// The retrospective scheduler's side of storage: a due index of decisions by release date, leased by one instance at a
/// time. Every "try" is one conditional write that exactly one instance wins; a loser gets null or false and moves on.
/// The conflict store adds an entry for every decision it commits.
/// </summary>
public interface IRetrospectiveLedger
{
    /// <summary>
    /// Entries of decisions released on or before <paramref name="releasedOnOrBefore"/> that no instance holds at
    /// <paramref name="now"/>, oldest release first, at most <paramref name="max"/>. Cost grows with the entries due,
    /// never with the history: an entry is removed once its retrospective was asked.
    /// </summary>
    Task<IReadOnlyList<RetrospectiveDue>> ListDueAsync(
        DateOnly releasedOnOrBefore, DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes <paramref name="entry"/> until <paramref name="leaseUntil"/> (after which another instance may take it over,
    /// should this one die while asking); null when another instance took it first.
    /// </summary>
    Task<RetrospectiveDue?> TryClaimAsync(RetrospectiveDue entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="role"/> was asked; null when the claim was taken over meanwhile.</summary>
    Task<RetrospectiveDue?> RecordAskedAsync(RetrospectiveDue claim, ManagerRole role, CancellationToken cancellationToken = default);

    /// <summary>Releases the claim until <paramref name="retryAt"/>, noting why; false when it was taken over meanwhile.</summary>
    Task<bool> RetryLaterAsync(RetrospectiveDue claim, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry: asked, no longer due (superseded, reopened), or given up.</summary>
    Task CompleteAsync(RetrospectiveDue claim, CancellationToken cancellationToken = default);
}
