namespace BridgeBot.Testing.Http;

/// <summary>What a <see cref="ScriptedHandler"/> received, copied before the sender disposes the request.</summary>
/// <param name="Method">The method.</param>
/// <param name="Uri">The URL.</param>
/// <param name="Headers">The request headers (not the content headers), values joined with ", ".</param>
public sealed record ReceivedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>Copies what a test may assert on.</summary>
    /// <param name="request">The request as received.</param>
    /// <returns>The copy.</returns>
    public static ReceivedRequest From(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers.NonValidated.ToDictionary(
            header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase);
        return new ReceivedRequest(request.Method, request.RequestUri!, headers);
    }
}
