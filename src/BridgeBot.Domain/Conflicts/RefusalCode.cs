namespace BridgeBot.Domain.Conflicts;

/// <summary>Why a request changed nothing, for renderers that style refusals differently.</summary>
public enum RefusalCode
{
    /// <summary>The person may not do this (not the named manager, not the approver).</summary>
    NotAllowed,

    /// <summary>The conflict is not in a state where this makes sense.</summary>
    WrongState,

    /// <summary>What was typed or submitted is incomplete or invalid.</summary>
    InvalidInput,

    /// <summary>This person already did exactly this.</summary>
    AlreadyDone,

    /// <summary>No such conflict in this workspace.</summary>
    NotFound,

    /// <summary>Someone else changed the conflict first; the request was made against an older state.</summary>
    Stale,
}
