namespace BridgeBot.Teams.Protocol;

/// <summary>
/// The body that answers an <c>adaptiveCard/action</c> invoke. The HTTP status is always 200; success or
/// failure is told by <see cref="StatusCode"/> inside the body.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public int StatusCode { get; set; }

    public string? Type { get; set; }

    public object? Value { get; set; }

    public static AdaptiveCardInvokeResponse Card(object card) =>
        new() { StatusCode = 200, Type = AdaptiveCardInvokeResponseTypes.Card, Value = card };

    public static AdaptiveCardInvokeResponse Message(string message) =>
        new() { StatusCode = 200, Type = AdaptiveCardInvokeResponseTypes.Message, Value = message };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = AdaptiveCardInvokeResponseTypes.Error, Value = new InvokeError(code, message) };
}
