using BridgeBot.Domain.Logbook;

namespace BridgeBot.Web.Charts;

/// <summary>The decision-log page's four charts, each an inline SVG drawn on the server from <see cref="LogbookStats"/>.</summary>
internal static class LogbookCharts
{
    public const string DecisionsPerMonth = "Decisions per month, by option";
    public const string TimeToDecision = "Time from opening to the first decision";
    public const string PreferenceWins = "Whose preferred option the decision chose";
    public const string OpenByDeadline = "Open conflicts by days to deadline";

    /// <summary>Each chart's title and its SVG, in the order the page shows them.</summary>
    public static IReadOnlyList<(string Title, string Svg)> Render(LogbookStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return
        [
            (DecisionsPerMonth, MonthlyDecisionsChart.Render(DecisionsPerMonth, stats.DecisionsPerMonth)),
            (TimeToDecision, BarChart.Render(TimeToDecision, stats.TimeToDecision, "#2f6fde")),
            (PreferenceWins, BarChart.Render(PreferenceWins, stats.PreferenceWins, "#7a5cc7")),
            (OpenByDeadline, BarChart.Render(OpenByDeadline, stats.OpenByDaysToDeadline, "#d9822b")),
        ];
    }
}
