using System.Globalization;
using System.Text;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Ports;

namespace BridgeBot.Domain.Export;

/// <summary>
/// Decisions as CSV (RFC 4180), one row per decision version. Cells that a spreadsheet would run as a
/// formula are prefixed with an apostrophe, so a reasoning that starts with "=" stays text.
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
        AppendRow(csv, Columns);
        foreach (var record in decisions)
        {
            var decision = record.Decision;
            AppendRow(csv,
            [
                record.ConflictId.ToString(),
                record.Release,
                decision.Number.ToString(CultureInfo.InvariantCulture),
                record.Supersedes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                OptionKindText.Keyword(decision.Option.Kind),
                decision.Option.Describe(),
                Date(record.OriginalDeadline),
                Date(decision.DeadlineBefore),
                Date(decision.ReleaseDate),
                string.Join("; ", decision.Option.ScopeLeftOut),
                decision.Rationale,
                decision.ProposedBy.DisplayName,
                string.Join("; ", decision.Approvals.Select(approval => approval.By.DisplayName)),
                decision.DecidedByApprover?.DisplayName ?? string.Empty,
                decision.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                record.ProductManager,
                decision.ProductSummary,
                record.ProjectManager,
                decision.ProjectSummary,
            ]);
        }

        return csv.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
