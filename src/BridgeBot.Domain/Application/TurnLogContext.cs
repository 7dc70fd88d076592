using System.Collections;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application;

/// <summary>
/// What every log line of one turn carries: the workspace, the delivery, and the conflict once the turn has found it.
/// An edge (Teams, Slack, the digest scheduler) begins it and passes it to <c>ILogger.BeginScope</c>; the service fills
/// in the conflict when it reads or opens one, so lines logged after that (storage, delivery) name it too. The
/// values are read when a line is written, which is why the conflict may arrive after the scope began.
/// </summary>
public sealed class TurnLogContext : IReadOnlyList<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<TurnLogContext?> current = new();
    private ConflictId? conflictId;

    private TurnLogContext(WorkspaceId workspace, string? delivery) => (Workspace, Delivery) = (workspace, delivery);

    /// <summary>The context of the turn running on this async flow, if an edge began one.</summary>
    public static TurnLogContext? Current => current.Value;

    /// <summary>The workspace of the turn.</summary>
    public WorkspaceId Workspace { get; }

    /// <summary>The platform's id of what is being processed (activity, Slack trigger or event, digest slot).</summary>
    public string? Delivery { get; }

    /// <summary>The conflict the turn is about, once known.</summary>
    public ConflictId? ConflictId => conflictId;

    /// <inheritdoc />
    public int Count => 3;

    /// <inheritdoc />
    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Workspace", Workspace.Value),
        1 => new("Delivery", Delivery),
        2 => new("ConflictId", conflictId?.ToString()),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>
    /// Begins the context of a turn on the calling async flow (and what it awaits). Pass the result to
    /// <c>BeginScope</c>; the flow's context ends with the async method that began it.
    /// </summary>
    public static TurnLogContext Begin(WorkspaceId workspace, string? delivery)
    {
        var context = new TurnLogContext(workspace, delivery);
        current.Value = context;
        return context;
    }

    /// <summary>Records the conflict of the running turn, if an edge began one; the first conflict named is kept.</summary>
    public static void Identify(ConflictId id)
    {
        if (current.Value is { } context)
        {
            context.conflictId ??= id;
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() =>
        conflictId is { } id ? $"{Workspace} {id} ({Delivery})" : $"{Workspace} ({Delivery})";
}
