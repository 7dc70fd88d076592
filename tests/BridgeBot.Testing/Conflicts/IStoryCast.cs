using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Testing.Conflicts;

/// <summary>
/// The people of the shared conflict stories as one platform names them (Teams MRIs, Slack <c>U…</c> ids), so the
/// same stories drive the Adaptive Card and the Block Kit tests.
/// </summary>
public interface IStoryCast
{
    /// <summary>The product manager.</summary>
    static abstract UserRef Ana { get; }

    /// <summary>The project manager.</summary>
    static abstract UserRef Ben { get; }

    /// <summary>The escalation approver.</summary>
    static abstract UserRef Carol { get; }

    /// <summary>Who opens the conflicts.</summary>
    static abstract UserRef Dev { get; }

    /// <summary>A bystander in the channel.</summary>
    static abstract UserRef Eve { get; }

    /// <summary>The workspace.</summary>
    static abstract WorkspaceId Workspace { get; }

    /// <summary>The channel the conflicts are opened in.</summary>
    static abstract string ChannelId { get; }

    /// <summary>A person with an id built from <paramref name="handle"/> the platform's way.</summary>
    static abstract UserRef Person(string handle, string name);
}
