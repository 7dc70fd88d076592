namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>
/// An option as typed in a command or a form, before it is checked against the conflict
/// (a new date must be after the conflict's deadline, which only the conflict knows).
/// </summary>
/// <param name="Kind">The kind chosen.</param>
/// <param name="CutItems">For <see cref="OptionKind.HoldDateCutScope"/>.</param>
/// <param name="NewDate">For <see cref="OptionKind.MoveDate"/>.</param>
/// <param name="Phases">For <see cref="OptionKind.PhasedRelease"/>.</param>
/// <param name="Description">For <see cref="OptionKind.Other"/>.</param>
public sealed record OptionInput(
    OptionKind Kind,
    IReadOnlyList<string>? CutItems = null,
    DateOnly? NewDate = null,
    IReadOnlyList<ReleasePhase>? Phases = null,
    string? Description = null)
{
    /// <summary>Builds and validates the option against the conflict's current deadline.</summary>
    public Validated<DecisionOption> Build(DateOnly deadline) => Kind switch
    {
        OptionKind.HoldDateCutScope => OptionFactory.HoldDateCutScope(CutItems ?? []),
        OptionKind.MoveDate => OptionFactory.MoveDate(NewDate, deadline),
        OptionKind.PhasedRelease => OptionFactory.PhasedRelease(Phases ?? []),
        _ => OptionFactory.Other(Description),
    };
}
