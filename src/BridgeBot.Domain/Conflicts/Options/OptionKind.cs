namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>The kinds of decision a conflict can end in.</summary>
public enum OptionKind
{
    /// <summary>Keep the date; ship without the listed scope.</summary>
    HoldDateCutScope,

    /// <summary>Keep the scope; ship later.</summary>
    MoveDate,

    /// <summary>Ship in phases, each with its own scope and date.</summary>
    PhasedRelease,

    /// <summary>Something else, described in words.</summary>
    Other,
}
