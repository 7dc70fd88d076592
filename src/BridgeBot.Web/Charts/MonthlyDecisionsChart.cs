using System.Globalization;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Logbook;

namespace BridgeBot.Web.Charts;

/// <summary>Decisions per month as stacked columns, one colour per option, with the month's total on top.</summary>
internal static class MonthlyDecisionsChart
{
    private const int Width = 480, Height = 240, Left = 36, Right = 8, Top = 16, Bottom = 60;

    /// <summary>The colour of each option, used by the bars and the legend.</summary>
    private static readonly Dictionary<OptionKind, string> Colours = new Dictionary<OptionKind, string>
    {
        [OptionKind.HoldDateCutScope] = "#2f6fde",
        [OptionKind.MoveDate] = "#d9822b",
        [OptionKind.PhasedRelease] = "#2e9e6a",
        [OptionKind.Other] = "#8a8f98",
    };

    public static string Render(string title, IReadOnlyList<MonthOfDecisions> months)
    {
        var svg = new Svg(Width, Height, title);
        var plotHeight = Height - Top - Bottom;
        var baseline = Top + plotHeight;
        var max = Math.Max(1, months.Count == 0 ? 0 : months.Max(m => m.Total));
        var slot = (Width - Left - Right) / (double)Math.Max(1, months.Count);
        var barWidth = Math.Min(40, slot * 0.6);
        svg.Line(Left, Top, Left, baseline).Line(Left, baseline, Width - Right, baseline);
        svg.Text(Left - 6, baseline + 4, "0", "end", "tick").Text(Left - 6, Top + 4, max.ToString(CultureInfo.InvariantCulture), "end", "tick");
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            var x = Left + (i * slot) + ((slot - barWidth) / 2);
            var y = (double)baseline;
            foreach (var kind in Enum.GetValues<OptionKind>())
            {
                var count = month.ByOption[kind];
                if (count == 0)
                {
                    continue;
                }

                var height = plotHeight * count / (double)max;
                y -= height;
                svg.Rect(x, y, barWidth, height, Colours[kind], $"{Label(month)}: {count} × {OptionKindText.Label(kind)}");
            }

            svg.Text(x + (barWidth / 2), y - 4, month.Total.ToString(CultureInfo.InvariantCulture), "middle", "count");
            svg.Text(x + (barWidth / 2), baseline + 16, Label(month), "middle", "tick");
        }

        // The legend in two rows of two: the option labels are too long for one row in a narrow Teams tab.
        var kinds = Enum.GetValues<OptionKind>();
        for (var i = 0; i < kinds.Length; i++)
        {
            var x = Left + (i % 2 * 200);
            var y = Height - 34 + (i / 2 * 16);
            svg.Rect(x, y, 10, 10, Colours[kinds[i]]);
            svg.Text(x + 14, y + 9, OptionKindText.Label(kinds[i]), cssClass: "tick");
        }

        return svg.ToString();
    }

    private static string Label(MonthOfDecisions month) =>
        new DateOnly(month.Year, month.Month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
