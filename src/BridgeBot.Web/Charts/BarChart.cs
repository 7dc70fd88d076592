using System.Globalization;
using BridgeBot.Domain.Logbook;

namespace BridgeBot.Web.Charts;

/// <summary>Horizontal bars, one per label, each with its count written at its end.</summary>
internal static class BarChart
{
    private const int Width = 480, Row = 28, LabelWidth = 190, CountSpace = 40, Top = 8;

    public static string Render(string title, IReadOnlyList<ChartBar> bars, string fill)
    {
        var height = Top + (bars.Count * Row) + 4;
        var svg = new Svg(Width, height, title);
        var max = Math.Max(1, bars.Max(bar => bar.Count));
        var span = Width - LabelWidth - CountSpace;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * Row);
            var length = span * bar.Count / (double)max;
            svg.Text(LabelWidth - 8, y + 17, bar.Label, "end");
            svg.Rect(LabelWidth, y + 4, Math.Max(length, bar.Count > 0 ? 2 : 0), Row - 8, fill, $"{bar.Label}: {bar.Count}");
            svg.Text(LabelWidth + length + 6, y + 17, bar.Count.ToString(CultureInfo.InvariantCulture), cssClass: "count");
        }

        svg.Line(LabelWidth, Top, LabelWidth, height - 4);
        return svg.ToString();
    }
}
