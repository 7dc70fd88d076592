namespace BridgeBot.Web.Page;

/// <summary>The frame of every page: head, stylesheet, the BridgeBot bar, the content.</summary>
internal static class PageLayout
{
    public const string StylePath = "/log/style.css";

    public static string Wrap(string title, string content, string? workspace = null)
    {
        var html = new Html()
            .Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"referrer\" content=\"no-referrer\">")
            .Raw("<title>").Text(title).Raw(" · BridgeBot</title>")
            .Raw($"<link rel=\"stylesheet\" href=\"{StylePath}\"></head><body>")
            .Raw("<header class=\"bar\"><span class=\"brand\">BridgeBot</span> <span class=\"subtle\">decision log</span>");
        if (workspace is not null)
        {
            html.Raw(" <span class=\"workspace\">").Text(workspace).Raw("</span>");
        }

        return html.Raw("</header><main>").Raw(content).Raw("</main></body></html>").ToString();
    }
}
