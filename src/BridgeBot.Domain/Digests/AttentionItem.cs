using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Digests;

/// <summary>Someone a conflict waits for, and for how long.</summary>
/// <param name="ConflictId">The conflict.</param>
/// <param name="Release">Its release.</param>
/// <param name="Who">Who owes something.</param>
/// <param name="What">What they owe.</param>
/// <param name="Since">Since when.</param>
/// <param name="DaysWaiting">Whole days waited, as of the digest.</param>
public sealed record AttentionItem(ConflictId ConflictId, string Release, UserRef Who, PendingKind What, DateTimeOffset Since, int DaysWaiting);
