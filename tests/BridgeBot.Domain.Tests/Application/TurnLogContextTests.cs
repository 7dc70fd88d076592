using BridgeBot.Domain.Application;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Tests.Application;

public class TurnLogContextTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack("T1");

    [Fact]
    public async Task Identify_InsideATurn_NamesTheFirstConflictOnly()
    {
        var context = await RunTurnAsync(() =>
        {
            TurnLogContext.Identify(new ConflictId(7));
            TurnLogContext.Identify(new ConflictId(8));
        });

        Assert.Equal(new ConflictId(7), context.ConflictId);
        Assert.Equal(
            [new("Workspace", "slack:T1"), new("Delivery", "command open"), new KeyValuePair<string, object?>("ConflictId", "R-7")],
            context.ToArray());
    }

    [Fact]
    public async Task Current_AfterTheTurnEnds_IsNoLongerItsContext()
    {
        await RunTurnAsync(() => TurnLogContext.Identify(new ConflictId(1)));

        Assert.Null(TurnLogContext.Current);
        TurnLogContext.Identify(new ConflictId(2)); // outside a turn: nothing to name, and no failure
    }

    [Fact]
    public async Task ConcurrentTurns_EachKeepTheirOwnConflict()
    {
        var turns = Enumerable.Range(1, 20).Select(number => RunTurnAsync(() => TurnLogContext.Identify(new ConflictId(number)))).ToArray();

        var contexts = await Task.WhenAll(turns);

        Assert.Equal(Enumerable.Range(1, 20).Select(number => new ConflictId(number)), contexts.Select(context => context.ConflictId!.Value));
    }

    private static async Task<TurnLogContext> RunTurnAsync(Action work)
    {
        var context = TurnLogContext.Begin(Workspace, "command open");
        await Task.Yield();
        work();
        Assert.Same(context, TurnLogContext.Current);
        return context;
    }
}
