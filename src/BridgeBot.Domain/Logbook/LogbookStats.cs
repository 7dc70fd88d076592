using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;

namespace BridgeBot.Domain.Logbook;

/// <summary>The figures behind the decision-log page's charts, computed from the conflicts shown.</summary>
/// <param name="DecisionsPerMonth">Every decision (superseded ones too) by month and option, oldest month first, months without one included.</param>
/// <param name="TimeToDecision">Conflicts by the time from opening to their first decision.</param>
/// <param name="MedianDaysToDecision">The median of those times in days, or null without decisions.</param>
/// <param name="PreferenceWins">Decided conflicts with both reasonings, by whose preferred option the decision in force chose.</param>
/// <param name="OpenByDaysToDeadline">Open conflicts by days left to their deadline.</param>
/// <param name="Predictions">The retrospective answers.</param>
public sealed record LogbookStats(
    IReadOnlyList<MonthOfDecisions> DecisionsPerMonth,
    IReadOnlyList<ChartBar> TimeToDecision,
    double? MedianDaysToDecision,
    IReadOnlyList<ChartBar> PreferenceWins,
    IReadOnlyList<ChartBar> OpenByDaysToDeadline,
    PredictionTally Predictions)
{
    /// <summary>The most months the decisions chart shows (the latest ones).</summary>
    private const int MaxMonths = 12;

    /// <summary>The figures for <paramref name="conflicts"/> as of <paramref name="today"/>.</summary>
    public static LogbookStats Of(IReadOnlyCollection<ReleaseConflict> conflicts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        var days = conflicts.Where(c => c.Decisions.Count > 0)
            .Select(c => (c.Decisions[0].DecidedAt - c.OpenedAt).TotalDays)
            .Order()
            .ToArray();
        return new LogbookStats(
            Months(conflicts.SelectMany(c => c.Decisions)),
            Buckets(days, [("Within a day", 1), ("1–3 days", 3), ("3–7 days", 7), ("1–2 weeks", 14)], "Over 2 weeks"),
            days.Length == 0 ? null : Median(days),
            Wins(conflicts.Where(c => c.State == ConflictState.Decided && c.BothReasoningsIn)),
            OpenByDeadline(conflicts.Where(c => c.IsOpen), today),
            Tally(conflicts.SelectMany(c => c.Retrospectives)));
    }

    private static List<MonthOfDecisions> Months(IEnumerable<Decision> decisions)
    {
        var byMonth = decisions
            .GroupBy(d => (d.DecidedAt.UtcDateTime.Year, d.DecidedAt.UtcDateTime.Month))
            .ToDictionary(g => g.Key, g => g.ToArray());
        if (byMonth.Count == 0)
        {
            return [];
        }

        var last = byMonth.Keys.Max();
        var first = byMonth.Keys.Min();
        var months = new List<MonthOfDecisions>();
        for (var month = new DateOnly(last.Year, last.Month, 1); months.Count < MaxMonths; month = month.AddMonths(-1))
        {
            byMonth.TryGetValue((month.Year, month.Month), out var made);
            months.Add(new MonthOfDecisions(month.Year, month.Month, Enum.GetValues<OptionKind>()
                .ToDictionary(kind => kind, kind => made?.Count(d => d.Option.Kind == kind) ?? 0)));
            if ((month.Year, month.Month) == first)
            {
                break;
            }
        }

        months.Reverse();
        return months;
    }

    private static List<ChartBar> Buckets(IReadOnlyList<double> values, (string Label, double Below)[] bounds, string rest)
    {
        var bars = new List<ChartBar>();
        var lower = double.NegativeInfinity;
        foreach (var (label, below) in bounds)
        {
            bars.Add(new ChartBar(label, values.Count(v => v >= lower && v < below)));
            lower = below;
        }

        bars.Add(new ChartBar(rest, values.Count(v => v >= lower)));
        return bars;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static List<ChartBar> Wins(IEnumerable<ReleaseConflict> decided)
    {
        int product = 0, project = 0, both = 0, neither = 0;
        foreach (var conflict in decided)
        {
            var chosen = conflict.LatestDecision!.Option.Kind;
            var productWon = conflict.ProductReasoning!.PreferredOption == chosen;
            var projectWon = conflict.ProjectReasoning!.PreferredOption == chosen;
            if (productWon && projectWon)
            {
                both++;
            }
            else if (productWon)
            {
                product++;
            }
            else if (projectWon)
            {
                project++;
            }
            else
            {
                neither++;
            }
        }

        return
        [
            new("Product manager’s choice", product),
            new("Project manager’s choice", project),
            new("Both preferred it", both),
            new("Neither preferred it", neither),
        ];
    }

    private static List<ChartBar> OpenByDeadline(IEnumerable<ReleaseConflict> open, DateOnly today)
    {
        var left = open.Select(c => (double)(c.Deadline.DayNumber - today.DayNumber)).ToArray();
        return Buckets(left, [("Overdue", 0), ("0–3 days", 4), ("4–7 days", 8), ("8–14 days", 15)], "Over 2 weeks");
    }

    private static PredictionTally Tally(IEnumerable<RetrospectiveAnswer> answers)
    {
        var list = answers.ToArray();
        return new PredictionTally(
            list.Count(a => a.Answer == ImpactHappened.Yes),
            list.Count(a => a.Answer == ImpactHappened.Partly),
            list.Count(a => a.Answer == ImpactHappened.No));
    }
}
