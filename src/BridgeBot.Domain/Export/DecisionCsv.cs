using System.Globalization;
using System.Text;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Text;

namespace BridgeBot.Domain.Export;

/// <summary>
/// Decisions as CSV (RFC 4180, cells written by <see cref="CsvRows"/>), one row per decision version.
/// </summary>
public static class DecisionCsv
{
    /// <summary>The header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "conflict", "release", "decision", "supersedes", "option", "option_detail", "original_deadline",
        "deadline_before", "release_date", "scope_left_out", "rationale", "proposed_by", "approved_by",
        "decided_by_approver", "decided_at_utc", "product_manager", "product_reasoning", "project_manager", "project_reasoning",
    ];

    /// <summary>Writes the header and one row per decision, in the order given.</summary>
    public static string Write(IEnumerable<DecisionRecord> decisions)
    {
        var csv = new StringBuilder();
        CsvRows.Append(csv, Columns);
        foreach (var record in decisions)
        {
            var decision = record.Decision;
            CsvRows.Append(csv,
            [
                record.ConflictId.ToString(),
                record.Release,
                decision.Number.ToString(CultureInfo.InvariantCulture),
                record.Supersedes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                OptionKindText.Keyword(decision.Option.Kind),
                decision.Option.Describe(),
                DisplayText.Date(record.OriginalDeadline),
                DisplayText.Date(decision.DeadlineBefore),
                DisplayText.Date(decision.ReleaseDate),
                string.Join("; ", decision.Option.ScopeLeftOut),
                decision.Rationale,
                decision.ProposedBy.DisplayName,
                string.Join("; ", decision.Approvals.Select(approval => approval.By.DisplayName)),
                decision.DecidedByApprover?.DisplayName ?? string.Empty,
                CsvRows.Time(decision.DecidedAt),
                record.ProductManager,
                decision.ProductSummary,
                record.ProjectManager,
                decision.ProjectSummary,
            ]);
        }

        return csv.ToString();
    }
}
