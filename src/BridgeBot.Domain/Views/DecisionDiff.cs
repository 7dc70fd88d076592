using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;

namespace BridgeBot.Domain.Views;

/// <summary>What changed between two decisions of one conflict: option, release date, scope.</summary>
public static class DecisionDiff
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>; empty when equal.</summary>
    public static IReadOnlyList<DecisionChange> Between(Decision before, Decision after)
    {
        var changes = new List<DecisionChange>();
        if (before.Option.Kind != after.Option.Kind)
        {
            changes.Add(new("Option", OptionKindText.Label(before.Option.Kind), OptionKindText.Label(after.Option.Kind)));
        }

        if (before.ReleaseDate != after.ReleaseDate)
        {
            changes.Add(new("Release date", $"{before.ReleaseDate:yyyy-MM-dd}", $"{after.ReleaseDate:yyyy-MM-dd}"));
        }

        var leftOutBefore = before.Option.ScopeLeftOut;
        var leftOutAfter = after.Option.ScopeLeftOut;
        if (!leftOutBefore.SequenceEqual(leftOutAfter, StringComparer.OrdinalIgnoreCase))
        {
            changes.Add(new("Scope left out", List(leftOutBefore), List(leftOutAfter)));
        }

        if (before.Option is PhasedRelease phasedBefore && after.Option is PhasedRelease phasedAfter
            && !phasedBefore.Equals(phasedAfter))
        {
            changes.Add(new("Phases", phasedBefore.Describe(), phasedAfter.Describe()));
        }

        if (before.Option is OtherOption otherBefore && after.Option is OtherOption otherAfter
            && otherBefore.Description != otherAfter.Description)
        {
            changes.Add(new("Option", otherBefore.Description, otherAfter.Description));
        }

        return changes;
    }

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "nothing" : string.Join(", ", items);
}
