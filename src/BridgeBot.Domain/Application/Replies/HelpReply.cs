using BridgeBot.Domain.Commands;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>Help: every command, or one.</summary>
/// <param name="Commands">The commands to show.</param>
public sealed record HelpReply(IReadOnlyList<CommandSpec> Commands) : CommandReply;
