using System.Globalization;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The input ids of one option form. The proposal form and the approver's decision form ask for the same
/// option fields, under their own prefixes; the renderer and <see cref="Reading.CardActionReader"/> both go
/// through this so they cannot disagree.
/// </summary>
/// <param name="OptionKind">The option kind choice.</param>
/// <param name="CutItems">Scope to cut.</param>
/// <param name="NewDate">The new date.</param>
/// <param name="PhaseScopeFormat">The phase scope id, with {0} for the phase number.</param>
/// <param name="PhaseDateFormat">The phase date id, with {0} for the phase number.</param>
/// <param name="Description">The description of another option.</param>
/// <param name="Rationale">Why.</param>
public sealed record OptionFormIds(
    string OptionKind,
    string CutItems,
    string NewDate,
    string PhaseScopeFormat,
    string PhaseDateFormat,
    string Description,
    string Rationale)
{
    /// <summary>Phase rows a form offers; a longer phased release is typed as a command.</summary>
    public const int PhaseRows = 3;

    /// <summary>The proposal form's ids.</summary>
    public static OptionFormIds Propose { get; } = new(
        CardInputIds.Propose.OptionKind,
        CardInputIds.Propose.CutItems,
        CardInputIds.Propose.NewDate,
        CardInputIds.Propose.PhaseScope,
        CardInputIds.Propose.PhaseDate,
        CardInputIds.Propose.Description,
        CardInputIds.Propose.Rationale);

    /// <summary>The decision form's ids.</summary>
    public static OptionFormIds Decide { get; } = new(
        CardInputIds.Decide.OptionKind,
        CardInputIds.Decide.CutItems,
        CardInputIds.Decide.NewDate,
        CardInputIds.Decide.PhaseScope,
        CardInputIds.Decide.PhaseDate,
        CardInputIds.Decide.Description,
        CardInputIds.Decide.Rationale);

    /// <summary>The scope input of phase <paramref name="number"/> (from 1).</summary>
    public string PhaseScope(int number) => string.Format(CultureInfo.InvariantCulture, PhaseScopeFormat, number);

    /// <summary>The date input of phase <paramref name="number"/> (from 1).</summary>
    public string PhaseDate(int number) => string.Format(CultureInfo.InvariantCulture, PhaseDateFormat, number);
}
