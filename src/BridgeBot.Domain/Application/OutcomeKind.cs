namespace BridgeBot.Domain.Application;

/// <summary>How a request about a conflict ended.</summary>
public enum OutcomeKind
{
    /// <summary>The conflict changed and the change is durable.</summary>
    Changed,

    /// <summary>Nothing was asked to change (e.g. show).</summary>
    Unchanged,

    /// <summary>Nothing changed; <see cref="ConflictOutcome.Refusal"/> says why (including "someone just changed it").</summary>
    Refused,

    /// <summary>The platform redelivered a request that was already applied; nothing changed again.</summary>
    Duplicate,

    /// <summary>No such conflict.</summary>
    NotFound,
}
