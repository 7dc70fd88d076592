using System.Diagnostics.CodeAnalysis;

namespace BridgeBot.Domain.Commands;

/// <summary>A parsed command, or what was wrong with the text.</summary>
/// <param name="Command">The command, when it parsed.</param>
/// <param name="Error">What was wrong, when it did not.</param>
public sealed record ParseResult(BridgeCommand? Command, ParseError? Error)
{
    /// <summary>Whether the text parsed.</summary>
    [MemberNotNullWhen(true, nameof(Command))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Command is not null;

    /// <summary>A parsed command.</summary>
    public static ParseResult Ok(BridgeCommand command) => new(command, null);

    /// <summary>A mistake, with the example of <paramref name="commandName"/>.</summary>
    public static ParseResult Fail(string message, string commandName) =>
        new(null, new ParseError(message, CommandHelp.ExampleOf(commandName)));
}
