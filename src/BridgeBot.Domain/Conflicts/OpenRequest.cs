using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>What opening a conflict needs.</summary>
/// <param name="Workspace">The workspace.</param>
/// <param name="ChannelId">The channel or chat it is opened in, as the platform names it.</param>
/// <param name="Release">The release name.</param>
/// <param name="Deadline">The date at risk.</param>
/// <param name="ScopeAtRisk">What may not make it.</param>
/// <param name="ProductManager">The product manager.</param>
/// <param name="ProjectManager">The project manager.</param>
/// <param name="OpenedBy">Who opens it (anyone).</param>
public sealed record OpenRequest(
    WorkspaceId Workspace,
    string ChannelId,
    string Release,
    DateOnly Deadline,
    IReadOnlyList<string> ScopeAtRisk,
    UserRef ProductManager,
    UserRef ProjectManager,
    UserRef OpenedBy);
