using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Ports;

/// <summary>A conflict as read from the store, with the token that guards the next write.</summary>
/// <param name="Conflict">The conflict.</param>
/// <param name="ConcurrencyToken">Opaque to the domain (an ETag in table storage); a write succeeds only if nobody wrote since.</param>
public sealed record StoredConflict(ReleaseConflict Conflict, string ConcurrencyToken);
