using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Text;

namespace BridgeBot.Teams.Cards.Reading;

/// <summary>
/// Reads the option fields of the proposal or decision form. Only the chosen kind's fields are read: people
/// fill in one option and may leave stray text in the others. Completeness is the domain's to judge
/// (<see cref="OptionInput.Build"/>); this only refuses what cannot be put into an <see cref="OptionInput"/>.
/// </summary>
internal static class OptionReader
{
    public static (OptionInput? Option, string? Problem) Read(CardData data, OptionFormIds ids, OptionKind kind)
    {
        switch (kind)
        {
            case OptionKind.HoldDateCutScope:
                return (new OptionInput(kind, CutItems: UserText.SplitList(data.Text(ids.CutItems))), null);
            case OptionKind.MoveDate:
                return data.TryDate(ids.NewDate, out var newDate)
                    ? (new OptionInput(kind, NewDate: newDate), null)
                    : (null, $"The new date “{data.Text(ids.NewDate)}” is not a date; write it as YYYY-MM-DD.");
            case OptionKind.PhasedRelease:
                return Phases(data, ids);
            default:
                return (new OptionInput(kind, Description: data.Text(ids.Description)), null);
        }
    }

    private static (OptionInput? Option, string? Problem) Phases(CardData data, OptionFormIds ids)
    {
        var phases = new List<ReleasePhase>();
        for (var number = 1; number <= OptionFormIds.PhaseRows; number++)
        {
            var scope = data.Text(ids.PhaseScope(number));
            if (!data.TryDate(ids.PhaseDate(number), out var date))
            {
                return (null, $"The date of phase {number} is not a date; write it as YYYY-MM-DD.");
            }

            if (date is { } day)
            {
                phases.Add(new ReleasePhase(scope ?? string.Empty, day));
            }
            else if (scope is not null)
            {
                return (null, $"Phase {number} needs a date.");
            }
        }

        return (new OptionInput(OptionKind.PhasedRelease, Phases: phases), null);
    }
}
