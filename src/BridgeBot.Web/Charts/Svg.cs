using System.Globalization;
using System.Text;
using BridgeBot.Web.Page;

namespace BridgeBot.Web.Charts;

/// <summary>A small SVG writer: numbers in invariant culture, every text encoded.</summary>
internal sealed class Svg
{
    private readonly StringBuilder svg = new();

    public Svg(int width, int height, string title)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Html.Encode(title)}\" class=\"chart\">");
        svg.Append("<title>").Append(Html.Encode(title)).Append("</title>\n");
    }

    public Svg Rect(double x, double y, double width, double height, string fill, string? tooltip = null)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{fill}\"");
        if (tooltip is null)
        {
            svg.Append("/>\n");
        }
        else
        {
            svg.Append("><title>").Append(Html.Encode(tooltip)).Append("</title></rect>\n");
        }

        return this;
    }

    public Svg Text(double x, double y, string text, string anchor = "start", string cssClass = "label")
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" class=\"{cssClass}\">")
            .Append(Html.Encode(text)).Append("</text>\n");
        return this;
    }

    public Svg Line(double x1, double y1, double x2, double y2)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" class=\"axis\"/>\n");
        return this;
    }

    public override string ToString() => svg + "</svg>";

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
