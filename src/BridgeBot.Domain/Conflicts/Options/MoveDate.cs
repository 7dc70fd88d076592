namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>Keep the scope; ship on a later date.</summary>
/// <param name="NewDate">The new release date; after the current deadline.</param>
public sealed record MoveDate(DateOnly NewDate) : DecisionOption
{
    /// <inheritdoc />
    public override OptionKind Kind => OptionKind.MoveDate;

    /// <inheritdoc />
    public override IReadOnlyList<string> ScopeLeftOut => [];

    /// <inheritdoc />
    public override DateOnly ReleaseDate(DateOnly deadline) => NewDate;

    /// <inheritdoc />
    public override string Describe() => $"Move the date to {NewDate:yyyy-MM-dd}";
}
