using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>The workspace's escalation approver, after showing or setting it.</summary>
/// <param name="Settings">The settings as they now stand.</param>
/// <param name="Changed">Whether this request changed the approver.</param>
/// <param name="Refusal">Why it was not changed, if it was asked to change and could not.</param>
public sealed record ApproverReply(WorkspaceSettings Settings, bool Changed, Refusal? Refusal) : CommandReply;
