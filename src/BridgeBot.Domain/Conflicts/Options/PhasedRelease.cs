namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>Ship in phases; each phase has its scope and date, in date order.</summary>
/// <param name="Phases">Two or more phases with strictly increasing dates.</param>
public sealed record PhasedRelease(IReadOnlyList<ReleasePhase> Phases) : DecisionOption
{
    /// <inheritdoc />
    public override OptionKind Kind => OptionKind.PhasedRelease;

    /// <summary>Everything after the first phase misses the first date.</summary>
    public override IReadOnlyList<string> ScopeLeftOut => Phases.Skip(1).Select(phase => phase.Scope).ToArray();

    /// <inheritdoc />
    public override DateOnly ReleaseDate(DateOnly deadline) => Phases[^1].Date;

    /// <inheritdoc />
    public override string Describe() =>
        "Phased release: " + string.Join("; then ", Phases.Select(phase => $"{phase.Scope} on {phase.Date:yyyy-MM-dd}"));

    /// <inheritdoc />
    public bool Equals(PhasedRelease? other) => other is not null && Phases.SequenceEqual(other.Phases);

    /// <inheritdoc />
    public override int GetHashCode() => Phases.Count;
}
