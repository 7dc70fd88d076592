using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace BridgeBot.Web.Page;

/// <summary>
/// Writes HTML with every piece of text encoded: user text (releases, reasoning, names) goes through <see cref="Text"/>
/// or <see cref="Attribute"/> and never reaches the page as markup.
/// </summary>
internal sealed class Html
{
    // The page is UTF-8: only what HTML gives meaning to is encoded, so names and dashes stay readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder html = new();

    /// <summary>Appends markup written by BridgeBot itself (never user text).</summary>
    public Html Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    /// <summary>Appends text, encoded.</summary>
    public Html Text(string? text)
    {
        html.Append(Encode(text ?? string.Empty));
        return this;
    }

    /// <summary>Appends <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c> with the text encoded.</summary>
    public Html Element(string tag, string? text, string? cssClass = null)
    {
        Open(tag, cssClass);
        Text(text);
        return Raw("</" + tag + ">");
    }

    /// <summary>Opens <paramref name="tag"/> with an optional class.</summary>
    public Html Open(string tag, string? cssClass = null) =>
        Raw(cssClass is null ? "<" + tag + ">" : $"<{tag} class=\"{Attribute(cssClass)}\">");

    /// <summary>Closes <paramref name="tag"/>.</summary>
    public Html Close(string tag) => Raw("</" + tag + ">");

    /// <summary>Appends a link; the address and the text are encoded.</summary>
    public Html Link(string href, string text, string? cssClass = null, bool download = false) =>
        Raw($"<a href=\"{Attribute(href)}\"{(cssClass is null ? string.Empty : $" class=\"{Attribute(cssClass)}\"")}{(download ? " download" : string.Empty)}>")
            .Text(text).Raw("</a>");

    /// <summary>A value encoded for a double-quoted attribute.</summary>
    public static string Attribute(string? value) => Encode(value ?? string.Empty);

    /// <summary>Text encoded for HTML (and the SVG inside it).</summary>
    public static string Encode(string text) => Encoder.Encode(text);

    /// <inheritdoc />
    public override string ToString() => html.ToString();
}
