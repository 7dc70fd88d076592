namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>Any other course of action, described in words.</summary>
/// <param name="Description">What will be done.</param>
public sealed record OtherOption(string Description) : DecisionOption
{
    /// <inheritdoc />
    public override OptionKind Kind => OptionKind.Other;

    /// <inheritdoc />
    public override IReadOnlyList<string> ScopeLeftOut => [];

    /// <inheritdoc />
    public override DateOnly ReleaseDate(DateOnly deadline) => deadline;

    /// <inheritdoc />
    public override string Describe() => Description;
}
