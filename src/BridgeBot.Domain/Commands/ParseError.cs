namespace BridgeBot.Domain.Commands;

/// <summary>What was wrong with a command, and a correct example to copy.</summary>
/// <param name="Message">What was wrong, in plain words.</param>
/// <param name="Example">A correct command of the same kind.</param>
public sealed record ParseError(string Message, string Example);
