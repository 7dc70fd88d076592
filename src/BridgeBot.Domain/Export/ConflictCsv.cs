using System.Globalization;
using System.Text;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Text;

namespace BridgeBot.Domain.Export;

/// <summary>
/// Conflicts as CSV, one row per conflict as the decision-log page shows it: the facts, both reasonings (only once both
/// are in, as on the page), the decision in force or the last one, and the retrospective answers.
/// </summary>
public static class ConflictCsv
{
    /// <summary>The header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "conflict", "release", "state", "opened_at_utc", "opened_by", "original_deadline", "deadline", "scope_at_risk",
        "product_manager", "product_prefers", "product_reasoning", "project_manager", "project_prefers", "project_reasoning",
        "decisions", "decision", "option", "option_detail", "release_date", "rationale", "decided_at_utc", "retrospectives",
    ];

    /// <summary>Writes the header and one row per conflict, in the order given.</summary>
    public static string Write(IEnumerable<ReleaseConflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        var csv = new StringBuilder();
        CsvRows.Append(csv, Columns);
        foreach (var conflict in conflicts)
        {
            var decision = conflict.LatestDecision;
            var shown = conflict.BothReasoningsIn;
            CsvRows.Append(csv,
            [
                conflict.Id.ToString(),
                conflict.Release,
                Keyword(conflict.State),
                CsvRows.Time(conflict.OpenedAt),
                conflict.OpenedBy.DisplayName,
                DisplayText.Date(conflict.OriginalDeadline),
                DisplayText.Date(conflict.Deadline),
                string.Join("; ", conflict.ScopeAtRisk),
                conflict.ProductManager.DisplayName,
                shown ? OptionKindText.Keyword(conflict.ProductReasoning!.PreferredOption) : string.Empty,
                shown ? conflict.ProductReasoning!.OneLine() : string.Empty,
                conflict.ProjectManager.DisplayName,
                shown ? OptionKindText.Keyword(conflict.ProjectReasoning!.PreferredOption) : string.Empty,
                shown ? conflict.ProjectReasoning!.OneLine() : string.Empty,
                conflict.Decisions.Count.ToString(CultureInfo.InvariantCulture),
                decision?.Number.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                decision is null ? string.Empty : OptionKindText.Keyword(decision.Option.Kind),
                decision?.Option.Describe() ?? string.Empty,
                decision is null ? string.Empty : DisplayText.Date(decision.ReleaseDate),
                decision?.Rationale ?? string.Empty,
                decision is null ? string.Empty : CsvRows.Time(decision.DecidedAt),
                string.Join("; ", conflict.Retrospectives.Select(Retrospective)),
            ]);
        }

        return csv.ToString();
    }

    private static string Keyword(ConflictState state) => StateText.Of(state).Replace(' ', '-');

    private static string Retrospective(RetrospectiveAnswer answer) =>
        $"{answer.Role.ToString().ToLowerInvariant()} on decision {answer.DecisionNumber.ToString(CultureInfo.InvariantCulture)}: " +
        $"{ImpactText.Word(answer.Answer)} ({answer.Comment})";
}
