namespace BridgeBot.Domain.Ports;

/// <summary>How a write to the store ended.</summary>
public enum CommitStatus
{
    /// <summary>Durably written, all of it.</summary>
    Committed,

    /// <summary>Nothing written: someone changed the conflict since it was read.</summary>
    Stale,

    /// <summary>Nothing written: this delivery was applied before (a platform retry).</summary>
    Duplicate,
}
