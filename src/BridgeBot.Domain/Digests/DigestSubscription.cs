using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Digests;

/// <summary>A channel's daily digest: where, when, and who set it.</summary>
/// <param name="Workspace">The workspace (platform-qualified, so it also says which platform posts the digest).</param>
/// <param name="ChannelId">The platform's channel id, as <see cref="Application.RequestContext.ChannelId"/> carries it.</param>
/// <param name="Schedule">When.</param>
/// <param name="SetBy">Who set it.</param>
/// <param name="SetAt">When it was set; the first digest reports decisions since then.</param>
public sealed record DigestSubscription(WorkspaceId Workspace, string ChannelId, DigestSchedule Schedule, UserRef SetBy, DateTimeOffset SetAt);
