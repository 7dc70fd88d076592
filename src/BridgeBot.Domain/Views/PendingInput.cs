using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Views;

/// <summary>Someone the conflict is waiting for, since when.</summary>
/// <param name="Who">The person.</param>
/// <param name="What">What they owe.</param>
/// <param name="Since">Since when it has been owed.</param>
public sealed record PendingInput(UserRef Who, PendingKind What, DateTimeOffset Since);
