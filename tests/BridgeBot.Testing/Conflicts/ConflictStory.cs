using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using Xunit;

namespace BridgeBot.Testing.Conflicts;

/// <summary>
/// A conflict driven through the real domain transitions, one step an hour from a fixed start, with the log
/// entries it produced. Views come from the real <see cref="ConflictViewBuilder"/>.
/// </summary>
/// <typeparam name="TCast">Who plays the parts.</typeparam>
public sealed class ConflictStory<TCast>
    where TCast : IStoryCast
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly DateOnly Deadline = new(2026, 12, 15);
    public static readonly WorkspaceSettings Settings = new(TCast.Carol, 1);

    private ConflictStory(ReleaseConflict conflict, IEnumerable<ConflictEvent> log)
    {
        Conflict = conflict;
        Log.AddRange(log);
    }

    public ReleaseConflict Conflict { get; private set; }

    public List<ConflictEvent> Log { get; } = [];

    public static ConflictStory<TCast> Open(
        string release = "Checkout 2.4", IReadOnlyList<string>? scope = null, UserRef? product = null, UserRef? project = null, UserRef? opener = null)
    {
        var request = new OpenRequest(
            TCast.Workspace, TCast.ChannelId, release, Deadline, scope ?? ["SSO", "audit export"], product ?? TCast.Ana, project ?? TCast.Ben, opener ?? TCast.Dev);
        var opened = Accept(ReleaseConflict.Open(request, new ConflictId(42), Start, Deadline.AddDays(-60)));
        return new ConflictStory<TCast>(opened.After, opened.Events);
    }

    /// <summary>Applies one step at the next hour.</summary>
    public ConflictStory<TCast> Then(Func<ReleaseConflict, DateTimeOffset, Validated<Transition>> step)
    {
        var transition = Accept(step(Conflict, Start.AddHours(Log.Count)));
        Conflict = transition.After;
        Log.AddRange(transition.Events);
        return this;
    }

    public ConflictView ViewFor(UserRef viewer, WorkspaceSettings? settings = null) =>
        ConflictViewBuilder.For(Conflict, viewer, settings ?? Settings, Today);

    private static Transition Accept(Validated<Transition> result)
    {
        Assert.True(result.IsValid, result.Refusal?.Message);
        return result.Value;
    }
}
