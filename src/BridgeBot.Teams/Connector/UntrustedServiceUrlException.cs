namespace BridgeBot.Teams.Connector;

/// <summary>
/// A send to a service URL that never arrived on an authenticated request (or, with authentication off,
/// is not loopback). Refused before anything is sent, so the bot's token cannot leak to it.
/// </summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : InvalidOperationException($"Service URL '{serviceUrl}' is not trusted: it has not arrived on an authenticated request, so no activity or token is sent to it.")
{
    public string ServiceUrl { get; } = serviceUrl;
}
