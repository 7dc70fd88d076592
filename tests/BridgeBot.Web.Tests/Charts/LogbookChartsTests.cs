using System.Globalization;
using System.Text.RegularExpressions;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Logbook;
using BridgeBot.Testing.Golden;
using BridgeBot.Testing.Logbook;
using BridgeBot.Web.Charts;

namespace BridgeBot.Web.Tests.Charts;

public partial class LogbookChartsTests
{
    private static readonly GoldenDirectory Golden = new(json => json.ToJsonString(), "tests", "BridgeBot.Web.Tests", "Charts", "Golden");

    private static LogbookStats SeededStats() => LogbookStats.Of(LogbookSeed.Build(), LogbookSeed.Today);

    private static readonly string[] Names = ["decisions-per-month", "time-to-decision", "preference-wins", "open-by-deadline"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Charts_OfTheSeededLog_MatchTheirGoldenFiles(int chart)
    {
        Golden.VerifyFile(Names[chart] + ".svg", LogbookCharts.Render(SeededStats())[chart].Svg);
    }

    [Fact]
    public void DecisionsPerMonth_CountsEveryDecidedEntryOfTheLog_ByMonthAndOption()
    {
        var fromLog = LogbookSeed.Replayed().SelectMany(r => r.Log).OfType<ConflictDecided>()
            .GroupBy(d => (d.Decision.DecidedAt.Year, d.Decision.DecidedAt.Month, d.Decision.Option.Kind))
            .ToDictionary(g => g.Key, g => g.Count());
        var svg = LogbookCharts.Render(SeededStats())[0].Svg;

        Assert.Equal(4, fromLog.Values.Sum());
        foreach (var ((year, month, kind), count) in fromLog)
        {
            var label = new DateOnly(year, month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture);
            Assert.Contains($"<title>{label}: {count} × {OptionKindText.Label(kind)}</title>", svg, StringComparison.Ordinal);
        }

        Assert.Equal(fromLog.Count, Tooltips().Count(svg));
        Assert.Equal(["Sep 2026", "Oct 2026", "Nov 2026"], SeededStats().DecisionsPerMonth.Select(m => new DateOnly(m.Year, m.Month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TimeToDecision_MeasuresFromOpeningToTheFirstDecidedEntry()
    {
        var days = LogbookSeed.Replayed()
            .Select(r => (Opened: r.Log.OfType<ConflictOpened>().Single().Stamp.At, First: r.Log.OfType<ConflictDecided>().FirstOrDefault()))
            .Where(r => r.First is not null)
            .Select(r => (r.First!.Stamp.At - r.Opened).TotalDays)
            .Order()
            .ToArray();
        var stats = SeededStats();

        Assert.Equal([50 / 24.0, 100 / 24.0, 210 / 24.0], days);
        Assert.Equal(days[1], stats.MedianDaysToDecision);
        Assert.Equal([0, 1, 1, 1, 0], stats.TimeToDecision.Select(bar => bar.Count));
        AssertBars(LogbookCharts.Render(stats)[1].Svg, stats.TimeToDecision);
    }

    [Fact]
    public void PreferenceWins_ComparesTheDecisionInForceWithEachManagersPreference()
    {
        var stats = SeededStats();

        // R-1 held the date as the project manager preferred; R-2 moved it as both preferred; R-3's second decision moved it as the product manager preferred.
        Assert.Equal([1, 1, 1, 0], stats.PreferenceWins.Select(bar => bar.Count));
        AssertBars(LogbookCharts.Render(stats)[2].Svg, stats.PreferenceWins);
    }

    [Fact]
    public void OpenByDeadline_CountsOnlyOpenConflicts_ByDaysLeftFromToday()
    {
        var stats = SeededStats();

        // R-7 is 5 days overdue, R-4 is due in 2 days, R-5 (escalated) in 6; R-6 is withdrawn and the rest decided.
        Assert.Equal([1, 1, 1, 0, 0], stats.OpenByDaysToDeadline.Select(bar => bar.Count));
        AssertBars(LogbookCharts.Render(stats)[3].Svg, stats.OpenByDaysToDeadline);
    }

    [Fact]
    public void Charts_OfAnEmptyLog_DrawNoMonthAndOnlyZeroBars()
    {
        var charts = LogbookCharts.Render(LogbookStats.Of([], LogbookSeed.Today));

        Assert.DoesNotMatch(Tooltips(), charts[0].Svg);
        Assert.All(charts.Skip(1), chart => Assert.All(Counts().Matches(chart.Svg), count => Assert.Equal("0", count.Groups[1].Value)));
    }

    private static void AssertBars(string svg, IReadOnlyList<ChartBar> bars)
    {
        foreach (var bar in bars)
        {
            Assert.Contains($"<title>{bar.Label}: {bar.Count}</title>", svg, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("class=\"count\">([^<]*)</text>")]
    private static partial Regex Counts();

    [GeneratedRegex("<rect [^>]*><title>")]
    private static partial Regex Tooltips();
}
