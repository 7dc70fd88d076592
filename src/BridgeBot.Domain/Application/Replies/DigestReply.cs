using BridgeBot.Domain.Digests;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>A digest shown on request (<c>digest now</c>); the scheduler posts the same model.</summary>
/// <param name="Digest">The digest.</param>
/// <param name="Schedule">The channel's schedule, if it has one (for the footer); null otherwise.</param>
public sealed record DigestReply(Digest Digest, DigestSchedule? Schedule) : CommandReply;
