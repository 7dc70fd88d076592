namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>One error or warning: which check, the library's event name, its message, and where.</summary>
internal sealed record CardProblem(string Check, string Event, string Message, string? Where);
