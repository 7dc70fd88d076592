namespace BridgeBot.Domain.Digests;

/// <summary>What a due-index entry asks the scheduler to do.</summary>
public enum DueKind
{
    /// <summary>Post a subscription's digest for the day it falls on.</summary>
    Digest,

    /// <summary>Retry (or give up) a claimed digest whose post failed or whose poster went silent.</summary>
    Retry,

    /// <summary>The daily sweep of a subscription's workspace: nudges and deadline escalations, at the start of working hours.</summary>
    Sweep,
}
