using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;

namespace BridgeBot.Domain.Application.Handlers;

/// <summary>A handler defined by its command type, its word and a function: the Bolt-style <c>app.command(name, fn)</c>.</summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <param name="commandName">The command word.</param>
/// <param name="handle">What to do.</param>
public sealed class CommandHandler<TCommand>(
    string commandName,
    Func<RequestContext, TCommand, CancellationToken, Task<CommandReply>> handle) : ICommandHandler
    where TCommand : BridgeCommand
{
    /// <inheritdoc />
    public string CommandName => commandName;

    /// <inheritdoc />
    public Task<CommandReply> HandleAsync(RequestContext context, BridgeCommand command, CancellationToken cancellationToken) =>
        command is TCommand typed
            ? handle(context, typed, cancellationToken)
            : throw new ArgumentException($"The {commandName} handler cannot take a {command.GetType().Name}.", nameof(command));
}
