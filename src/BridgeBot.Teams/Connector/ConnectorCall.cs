namespace BridgeBot.Teams.Connector;

/// <summary>One connector operation: what to log it as and where it goes.</summary>
internal sealed record ConnectorCall(string Operation, HttpMethod Method, string ServiceUrl, string? ConversationId, string RelativePath)
{
    public string LogConversationId => ConversationId ?? "(new)";

    /// <summary>The service URL may carry a path (e.g. <c>/_connector</c>, <c>/amer/</c>) that must be kept.</summary>
    public Uri BuildUri()
    {
        if (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var serviceUri)
            || (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"Service URL '{ServiceUrl}' is not an absolute http(s) URL.", nameof(ServiceUrl));
        }

        return new Uri(ServiceUrl.TrimEnd('/') + "/" + RelativePath, UriKind.Absolute);
    }
}
