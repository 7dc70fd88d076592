using System.Globalization;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// How cards write dates, times, states and lists of people. Times are UTC and spelled out, so every
/// reader of a channel card (in any time zone, on any client) sees the same unambiguous value.
/// </summary>
internal static class CardFormat
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string DaysLeft(int days) => days switch
    {
        0 => "due today",
        1 => "1 day left",
        > 1 => Number(days) + " days left",
        -1 => "1 day overdue",
        _ => Number(-days) + " days overdue",
    };

    /// <summary>"Deadline 2026-12-15 (23 days left), originally 2026-12-01".</summary>
    public static string Deadline(DateOnly deadline, int daysLeft, DateOnly original) =>
        $"Deadline {Date(deadline)} ({DaysLeft(daysLeft)})" + (original != deadline ? $", originally {Date(original)}" : string.Empty);

    public static string State(ConflictState state)
    {
        var text = StateText.Of(state);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The container style that colours a state's badge.</summary>
    public static string StateStyle(ConflictState state) => state switch
    {
        ConflictState.Decided => "good",
        ConflictState.Escalated => "attention",
        ConflictState.Proposed or ConflictState.Reopened => "warning",
        ConflictState.Withdrawn => "emphasis",
        _ => "accent",
    };

    public static string Role(ManagerRole role) => role == ManagerRole.Product ? "product manager" : "project manager";

    /// <summary>"Ana", "Ana and Ben", "Ana, Ben and Carol".</summary>
    public static string Names(IEnumerable<UserRef> people)
    {
        var names = people.Select(person => person.DisplayName).ToArray();
        return names.Length <= 1
            ? string.Concat(names)
            : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
