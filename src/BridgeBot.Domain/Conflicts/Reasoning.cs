using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>One manager's customer-impact reasoning, written before any proposal.</summary>
/// <param name="Role">Whose reasoning this is.</param>
/// <param name="ImpactIfDateHolds">What customers lose if we hold the date and ship without the scope.</param>
/// <param name="ImpactIfDateMoves">What customers lose if we move the date.</param>
/// <param name="AffectedCustomers">Who is affected.</param>
/// <param name="Severity">How badly.</param>
/// <param name="PreferredOption">Which kind of decision this manager prefers.</param>
/// <param name="Notes">Anything else; may be empty.</param>
/// <param name="SubmittedBy">The manager.</param>
/// <param name="SubmittedAt">When.</param>
public sealed record Reasoning(
    ManagerRole Role,
    string ImpactIfDateHolds,
    string ImpactIfDateMoves,
    string AffectedCustomers,
    Severity Severity,
    OptionKind PreferredOption,
    string Notes,
    UserRef SubmittedBy,
    DateTimeOffset SubmittedAt)
{
    /// <summary>The reasoning in one line, for decision rows and exports.</summary>
    public string OneLine()
    {
        var line = $"{Severity} severity, prefers {OptionKindText.Label(PreferredOption).ToLowerInvariant()}. " +
            $"If the date holds: {ImpactIfDateHolds} If the date moves: {ImpactIfDateMoves} Affected: {AffectedCustomers}";
        line = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxOneLine ? line : line[..(MaxOneLine - 1)] + "…";
    }

    private const int MaxOneLine = 400;
}
