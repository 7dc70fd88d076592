namespace BridgeBot.Teams.Protocol;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (an <c>Action.Execute</c> click or a refresh).</summary>
public sealed class AdaptiveCardInvokeValue
{
    public const string InvokeName = "adaptiveCard/action";

    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary><c>manual</c> or <c>automatic</c> (a refresh); some clients leave it out.</summary>
    public string? Trigger { get; set; }
}
