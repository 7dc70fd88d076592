namespace BridgeBot.Teams.Protocol;

/// <summary>Values of <see cref="AdaptiveCardInvokeResponse.Type"/>.</summary>
public static class AdaptiveCardInvokeResponseTypes
{
    /// <summary>The value is a card that replaces the clicked one, for the clicking user.</summary>
    public const string Card = "application/vnd.microsoft.card.adaptive";

    /// <summary>The value is a string the client shows.</summary>
    public const string Message = "application/vnd.microsoft.activity.message";

    /// <summary>The value is an <see cref="InvokeError"/>.</summary>
    public const string Error = "application/vnd.microsoft.error";
}
