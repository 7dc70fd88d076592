namespace BridgeBot.Web.Hosting;

/// <summary>The hosts that frame a Teams tab (Teams on the desktop, the web and mobile, in every cloud, and Microsoft 365).</summary>
public static class TeamsHosts
{
    /// <summary>The hosts as a CSP source list, for <c>frame-ancestors</c>.</summary>
    public const string FrameSources =
        "https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://*.skype.com";
}
