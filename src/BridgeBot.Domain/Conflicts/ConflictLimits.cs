namespace BridgeBot.Domain.Conflicts;

/// <summary>
/// Size limits on what people type. They keep a card under the platforms' message limits and a
/// conflict row under the table service's entity limit, and each is named in the refusal.
/// </summary>
public static class ConflictLimits
{
    /// <summary>Release name.</summary>
    public const int ReleaseName = 120;

    /// <summary>One scope item, cut item or phase scope.</summary>
    public const int ScopeItem = 200;

    /// <summary>Items in the scope at risk or in a cut list.</summary>
    public const int ScopeItems = 20;

    /// <summary>Each free-text field of a reasoning, a rationale or an "other" option.</summary>
    public const int LongText = 1500;

    /// <summary>A reason given for a rejection, withdrawal, escalation or reopening, and a retrospective's sentence.</summary>
    public const int Reason = 500;

    /// <summary>Phases in a phased release.</summary>
    public const int Phases = 6;

    /// <summary>Rejected proposals in a row before a conflict escalates by itself (when an approver is set).</summary>
    public const int StalemateRejections = 3;

    /// <summary>Decisions one conflict can accumulate through reopening.</summary>
    public const int Decisions = 20;
}
