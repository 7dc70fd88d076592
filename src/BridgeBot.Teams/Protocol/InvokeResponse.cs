namespace BridgeBot.Teams.Protocol;

/// <summary>What the bot answers an invoke with, synchronously: the HTTP status and a JSON body.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }

    public object? Body { get; set; }

    /// <summary>Card actions are always answered with HTTP 200; the outcome is in the body.</summary>
    public static InvokeResponse From(AdaptiveCardInvokeResponse response) => new() { Status = 200, Body = response };
}
