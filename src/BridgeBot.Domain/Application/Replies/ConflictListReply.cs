using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>The workspace's open conflicts.</summary>
/// <param name="Conflicts">Open conflicts, soonest deadline first.</param>
/// <param name="Settings">The workspace settings, for views.</param>
/// <param name="Today">Today, for days to deadline.</param>
public sealed record ConflictListReply(IReadOnlyList<ReleaseConflict> Conflicts, WorkspaceSettings Settings, DateOnly Today) : CommandReply;
