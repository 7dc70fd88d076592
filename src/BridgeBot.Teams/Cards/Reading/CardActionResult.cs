using System.Diagnostics.CodeAnalysis;
using BridgeBot.Domain.Commands;

namespace BridgeBot.Teams.Cards.Reading;

/// <summary>A card action read back as a domain command, or what was wrong with it.</summary>
/// <param name="Command">The command, when the action could be read.</param>
/// <param name="CardVersion">The conflict version the card was drawn from, when it says; lets a router spot an outdated card.</param>
/// <param name="Error">What was wrong, with an example of the command to type instead.</param>
public sealed record CardActionResult(BridgeCommand? Command, int? CardVersion, ParseError? Error)
{
    /// <summary>Whether the action could be read.</summary>
    [MemberNotNullWhen(true, nameof(Command))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Command is not null;

    /// <summary>A command read from a card drawn at <paramref name="cardVersion"/>.</summary>
    public static CardActionResult Ok(BridgeCommand command, int? cardVersion = null) => new(command, cardVersion, null);

    /// <summary>A mistake, with the example of <paramref name="commandName"/>.</summary>
    public static CardActionResult Fail(string message, string commandName) =>
        new(null, null, new ParseError(message, CommandHelp.ExampleOf(commandName)));
}
