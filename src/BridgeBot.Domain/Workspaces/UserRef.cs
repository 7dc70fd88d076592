namespace BridgeBot.Domain.Workspaces;

/// <summary>
/// A person as the chat platform identifies them. Two references are the same person when their
/// ids match; the display name is only for showing.
/// </summary>
public sealed class UserRef : IEquatable<UserRef>
{
    /// <summary>BridgeBot itself, the actor of automatic steps such as a stalemate escalation.</summary>
    public static readonly UserRef System = new("bridgebot", "BridgeBot");

    /// <summary>Creates a reference.</summary>
    /// <param name="id">The platform's user id (Slack <c>U…</c>/<c>W…</c>, Teams <c>29:…</c>).</param>
    /// <param name="displayName">The name to show; the id when unknown.</param>
    public UserRef(string id, string? displayName = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A user needs an id.", nameof(id));
        }

        Id = id;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? id : displayName;
    }

    /// <summary>The platform's user id.</summary>
    public string Id { get; }

    /// <summary>The name to show.</summary>
    public string DisplayName { get; }

    /// <inheritdoc />
    public bool Equals(UserRef? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UserRef);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => DisplayName;

    /// <summary>Same person.</summary>
    public static bool operator ==(UserRef? left, UserRef? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Different people.</summary>
    public static bool operator !=(UserRef? left, UserRef? right) => !(left == right);
}
