namespace BridgeBot.Domain.Logbook;

/// <summary>Which conflicts the decision-log page lists, by where they are in their life.</summary>
public enum StateFilter
{
    /// <summary>Every conflict.</summary>
    Any,

    /// <summary>Still needing a decision (neither decided nor withdrawn).</summary>
    Open,

    /// <summary>Decided (the decision in force).</summary>
    Decided,

    /// <summary>Handed to the escalation approver.</summary>
    Escalated,

    /// <summary>Withdrawn.</summary>
    Withdrawn,
}
