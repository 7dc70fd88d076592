using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;

namespace BridgeBot.Domain.Application.Handlers;

/// <summary>Handles one command word; registered in <see cref="CommandRouter"/> under <see cref="CommandName"/>.</summary>
public interface ICommandHandler
{
    /// <summary>The command word it handles (a <see cref="CommandNames"/> constant).</summary>
    string CommandName { get; }

    /// <summary>Handles the command and answers with a channel-neutral reply.</summary>
    Task<CommandReply> HandleAsync(RequestContext context, BridgeCommand command, CancellationToken cancellationToken);
}
