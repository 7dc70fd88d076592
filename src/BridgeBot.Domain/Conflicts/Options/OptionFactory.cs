using BridgeBot.Domain.Text;

namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>Builds options from what people typed, refusing incomplete ones with a clear message.</summary>
public static class OptionFactory
{
    /// <summary>Hold the date and cut scope: at least one cut item is required.</summary>
    public static Validated<DecisionOption> HoldDateCutScope(IEnumerable<string> cutItems)
    {
        var items = cutItems.Select(UserText.CleanLine).Where(item => item.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (items.Length == 0)
        {
            return Refusal.Invalid("Holding the date means cutting something: list the scope items to cut.", "cut");
        }

        if (items.Length > ConflictLimits.ScopeItems || items.Any(item => item.Length > ConflictLimits.ScopeItem))
        {
            return Refusal.Invalid(
                $"Cut at most {ConflictLimits.ScopeItems} items of at most {ConflictLimits.ScopeItem} characters each.", "cut");
        }

        return new HoldDateCutScope(items);
    }

    /// <summary>Move the date: the new date must come after the current deadline.</summary>
    public static Validated<DecisionOption> MoveDate(DateOnly? newDate, DateOnly deadline)
    {
        if (newDate is not { } date)
        {
            return Refusal.Invalid("Moving the date needs the new date (YYYY-MM-DD).", "newDate");
        }

        if (date <= deadline)
        {
            return Refusal.Invalid(
                $"The new date {date:yyyy-MM-dd} must be after the current deadline {deadline:yyyy-MM-dd}.", "newDate");
        }

        return new MoveDate(date);
    }

    /// <summary>A phased release: two or more phases, each with scope and a date, dates increasing.</summary>
    public static Validated<DecisionOption> PhasedRelease(IEnumerable<ReleasePhase> phases)
    {
        var cleaned = phases.Select(phase => phase with { Scope = UserText.CleanLine(phase.Scope) }).ToArray();
        if (cleaned.Length < 2)
        {
            return Refusal.Invalid("A phased release needs at least two phases, each with its scope and date.", "phases");
        }

        if (cleaned.Length > ConflictLimits.Phases)
        {
            return Refusal.Invalid($"A phased release can have at most {ConflictLimits.Phases} phases.", "phases");
        }

        if (cleaned.Any(phase => phase.Scope.Length == 0 || phase.Scope.Length > ConflictLimits.ScopeItem))
        {
            return Refusal.Invalid(
                $"Every phase needs its scope (at most {ConflictLimits.ScopeItem} characters).", "phases");
        }

        for (var i = 1; i < cleaned.Length; i++)
        {
            if (cleaned[i].Date <= cleaned[i - 1].Date)
            {
                return Refusal.Invalid(
                    $"Phase {i + 1} ({cleaned[i].Date:yyyy-MM-dd}) must come after phase {i} ({cleaned[i - 1].Date:yyyy-MM-dd}).",
                    "phases");
            }
        }

        return new PhasedRelease(cleaned);
    }

    /// <summary>Any other option: a description is required.</summary>
    public static Validated<DecisionOption> Other(string? description)
    {
        var text = UserText.Clean(description);
        if (text.Length == 0)
        {
            return Refusal.Invalid("Describe the option in words.", "description");
        }

        if (text.Length > ConflictLimits.LongText)
        {
            return Refusal.Invalid($"Keep the description under {ConflictLimits.LongText} characters.", "description");
        }

        return new OtherOption(text);
    }
}
