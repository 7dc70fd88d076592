namespace BridgeBot.Domain.Conflicts;

/// <summary>States in plain words.</summary>
public static class StateText
{
    /// <summary>E.g. "awaiting reasoning".</summary>
    public static string Of(ConflictState state) => state switch
    {
        ConflictState.AwaitingReasoning => "awaiting reasoning",
        ConflictState.ReadyToDecide => "ready to decide",
        ConflictState.Proposed => "proposed",
        ConflictState.Decided => "decided",
        ConflictState.Escalated => "escalated",
        ConflictState.Withdrawn => "withdrawn",
        _ => "reopened",
    };
}
