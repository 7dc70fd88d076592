namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>Keep the deadline and ship without the listed items.</summary>
/// <param name="CutItems">What is cut; at least one item.</param>
public sealed record HoldDateCutScope(IReadOnlyList<string> CutItems) : DecisionOption
{
    /// <inheritdoc />
    public override OptionKind Kind => OptionKind.HoldDateCutScope;

    /// <inheritdoc />
    public override IReadOnlyList<string> ScopeLeftOut => CutItems;

    /// <inheritdoc />
    public override DateOnly ReleaseDate(DateOnly deadline) => deadline;

    /// <inheritdoc />
    public override string Describe() => "Hold the date, cut " + string.Join(", ", CutItems);

    /// <inheritdoc />
    public bool Equals(HoldDateCutScope? other) => other is not null && CutItems.SequenceEqual(other.CutItems);

    /// <inheritdoc />
    public override int GetHashCode() => CutItems.Count;
}
