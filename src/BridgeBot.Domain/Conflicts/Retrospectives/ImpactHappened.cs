namespace BridgeBot.Domain.Conflicts.Retrospectives;

/// <summary>A manager's answer, after the release, to "did the customer impact you predicted happen?".</summary>
public enum ImpactHappened
{
    /// <summary>Yes: the prediction held.</summary>
    Yes,

    /// <summary>Partly.</summary>
    Partly,

    /// <summary>No: it did not happen.</summary>
    No,
}
