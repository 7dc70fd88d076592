using BridgeBot.Web.Links;

namespace BridgeBot.Web.Page;

/// <summary>What the page says instead of the log when its link is not accepted.</summary>
internal static class RefusalPage
{
    public const string InvalidTitle = "This link is not valid";
    public const string ExpiredTitle = "This link has expired";

    public static string Render(LinkCheck check)
    {
        var (title, why) = check == LinkCheck.Expired
            ? (ExpiredTitle, "Links to the decision log work for a short time only, so a forwarded or old link cannot open it.")
            : (InvalidTitle, "It is incomplete or was changed after BridgeBot signed it, so it opens nothing.");
        var content = new Html()
            .Raw("<section class=\"refusal\">").Element("h1", title).Element("p", why)
            .Raw("<p>Ask BridgeBot for a fresh link: type <code>/bridge log</code> in Slack, or <code>log</code> to BridgeBot in Teams.</p>")
            .Raw("</section>");
        return PageLayout.Wrap(title, content.ToString());
    }
}
