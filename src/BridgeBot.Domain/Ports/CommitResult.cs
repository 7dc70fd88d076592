namespace BridgeBot.Domain.Ports;

/// <summary>The outcome of a write, with the conflict as it now stands.</summary>
/// <param name="Status">Committed, stale or duplicate.</param>
/// <param name="Conflict">After a commit, the written conflict; when stale or duplicate, the current one (if it exists).</param>
/// <param name="Receipt">For a duplicate, the receipt of the earlier delivery.</param>
public sealed record CommitResult(CommitStatus Status, StoredConflict? Conflict, DeliveryReceipt? Receipt = null);
