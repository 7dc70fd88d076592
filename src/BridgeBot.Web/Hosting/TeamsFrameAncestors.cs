namespace BridgeBot.Web.Hosting;

/// <summary>
/// The hosts that frame a Teams tab (Teams on the desktop, the web and mobile, in every cloud, and Microsoft 365), for the
/// <c>frame-ancestors</c> of the tab's page and of the decision-log page it opens.
/// </summary>
public static class TeamsFrameAncestors
{
    /// <summary>The hosts as a CSP source list, for <c>frame-ancestors</c>.</summary>
    public const string Sources =
        "https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://*.skype.com";
}
