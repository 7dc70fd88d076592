using System.Globalization;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Text;

/// <summary>
/// How both renderers write dates, times, states and lists of people. Times are UTC and spelled out, so every
/// reader of a shared message (in any time zone, on any client) sees the same unambiguous value. The results are
/// plain text: each renderer still escapes them for its own surface.
/// </summary>
public static class DisplayText
{
    /// <summary>"2026-12-15".</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-11-22 09:30 UTC".</summary>
    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"due today", "1 day left", "3 days overdue".</summary>
    public static string DaysLeft(int days) => days switch
    {
        0 => "due today",
        1 => "1 day left",
        > 1 => Number(days) + " days left",
        -1 => "1 day overdue",
        _ => Number(-days) + " days overdue",
    };

    /// <summary>"Deadline 2026-12-15 (23 days left), originally 2026-12-01".</summary>
    public static string Deadline(DateOnly deadline, int daysLeft, DateOnly original) => "Deadline " + DueDate(deadline, daysLeft, original);

    /// <summary>"2026-12-15 (23 days left), originally 2026-12-01".</summary>
    public static string DueDate(DateOnly deadline, int daysLeft, DateOnly original) =>
        $"{Date(deadline)} ({DaysLeft(daysLeft)})" + (original != deadline ? $", originally {Date(original)}" : string.Empty);

    /// <summary>"Awaiting reasoning".</summary>
    public static string State(ConflictState state)
    {
        var text = StateText.Of(state);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>"product manager" or "project manager".</summary>
    public static string Role(ManagerRole role) => role == ManagerRole.Product ? "product manager" : "project manager";

    /// <summary>"Ana", "Ana and Ben", "Ana, Ben and Carol".</summary>
    public static string Names(IEnumerable<UserRef> people) => Names(people.Select(person => person.DisplayName));

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string Names(IEnumerable<string> names)
    {
        var all = names.ToArray();
        return all.Length <= 1
            ? string.Concat(all)
            : string.Join(", ", all[..^1]) + " and " + all[^1];
    }

    /// <summary>A whole number in the invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
