using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>Proof that a request was already applied: which conflict it changed and when.</summary>
/// <param name="Delivery">The request's delivery id.</param>
/// <param name="ConflictId">The conflict it changed (or opened).</param>
/// <param name="At">When it was applied.</param>
public sealed record DeliveryReceipt(DeliveryId Delivery, ConflictId ConflictId, DateTimeOffset At);
