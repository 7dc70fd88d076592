using BridgeBot.Domain.Ports;

namespace BridgeBot.Domain.Digests;

/// <summary>One day's stand-up digest of a workspace, channel-neutral; renderers make it one compact message with details in a thread.</summary>
/// <param name="Day">The local day it is for.</param>
/// <param name="NeedsAttention">Who owes what, longest waiting first.</param>
/// <param name="DeadlinesComing">Open conflicts with a close deadline, fewest days left first, then most inputs missing.</param>
/// <param name="Escalated">Conflicts waiting for the escalation approver.</param>
/// <param name="DecidedSince">Decisions since the previous digest, newest first.</param>
public sealed record Digest(
    DateOnly Day,
    IReadOnlyList<AttentionItem> NeedsAttention,
    IReadOnlyList<DeadlineItem> DeadlinesComing,
    IReadOnlyList<EscalatedItem> Escalated,
    IReadOnlyList<DecisionRecord> DecidedSince)
{
    /// <summary>Whether there is nothing to report (renderers then post one short line, or nothing when quiet).</summary>
    public bool IsEmpty => NeedsAttention.Count == 0 && DeadlinesComing.Count == 0 && Escalated.Count == 0 && DecidedSince.Count == 0;
}
