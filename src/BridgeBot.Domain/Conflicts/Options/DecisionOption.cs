namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>
/// What a proposal or decision says to do. Each kind carries what it needs and nothing else,
/// so a "move the date" without a date cannot exist. Build one through <see cref="OptionFactory"/>,
/// which validates and answers with a <see cref="Refusal"/> instead of throwing.
/// </summary>
public abstract record DecisionOption
{
    /// <summary>The kind of option.</summary>
    public abstract OptionKind Kind { get; }

    /// <summary>The date the release ships (the last phase's date for a phased release).</summary>
    /// <param name="deadline">The conflict's deadline when the option was chosen.</param>
    public abstract DateOnly ReleaseDate(DateOnly deadline);

    /// <summary>Scope items that will not ship on the release date.</summary>
    public abstract IReadOnlyList<string> ScopeLeftOut { get; }

    /// <summary>One line in plain words, e.g. "Move the date to 2027-01-10".</summary>
    public abstract string Describe();
}
