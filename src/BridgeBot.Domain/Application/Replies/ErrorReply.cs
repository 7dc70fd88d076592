using BridgeBot.Domain.Commands;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>The command could not be read: what was wrong and a correct example.</summary>
/// <param name="Error">The parse error.</param>
public sealed record ErrorReply(ParseError Error) : CommandReply;
