namespace BridgeBot.Teams.Turns;

/// <summary>What to answer the channel on the HTTP request of a turn.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">For invokes, the invoke response body (serialized as JSON); otherwise null.</param>
public sealed record TurnResult(int Status, object? Body = null)
{
    /// <summary>200 with no body: the activity was taken (replies go out through the connector).</summary>
    public static TurnResult Accepted { get; } = new(200);
}
