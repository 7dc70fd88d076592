namespace BridgeBot.Slack.WebApi;

/// <summary>
/// Which <c>response_url</c>s BridgeBot posts to: Slack's own hooks over https, or the configured Web API's host (a
/// local fake, a proxy). The URL comes from a signed request, but a bot must still never be talked into posting
/// wherever a payload says.
/// </summary>
public static class ResponseUrlPolicy
{
    private static readonly string[] SlackHooks = ["hooks.slack.com", "hooks.slack-gov.com"];

    public static bool IsTrusted(string? url, Uri apiBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return (uri.Scheme == Uri.UriSchemeHttps && SlackHooks.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
            || (uri.Scheme == apiBaseUrl.Scheme && string.Equals(uri.Authority, apiBaseUrl.Authority, StringComparison.OrdinalIgnoreCase));
    }
}
