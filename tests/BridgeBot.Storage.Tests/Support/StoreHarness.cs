using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Http;
using BridgeBot.Testing.Time;
using BridgeBot.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BridgeBot.Storage.Tests.Support;

/// <summary>The real store on a fresh Azurite table, with the conflict service over it and a clock the test moves.</summary>
internal sealed class StoreHarness
{
    public static readonly UserRef Ana = new("U0ANA", "Ana");
    public static readonly UserRef Ben = new("U0BEN", "Ben");
    public static readonly UserRef Carol = new("U0CAROL", "Carol");
    public static readonly UserRef Dev = new("U0DEV", "Dev");

    private StoreHarness(TableClient table, CountingHandler counter, ManualClock clock, WorkspaceId workspace)
    {
        Table = table;
        Counter = counter;
        Clock = clock;
        Workspace = workspace;
        Store = new TableConflictStore(table, new TableProvisioner(table), NullLogger<TableConflictStore>.Instance);
        Service = new ConflictService(Store, Store, clock);
    }

    public TableClient Table { get; }

    public CountingHandler Counter { get; }

    public ManualClock Clock { get; }

    public WorkspaceId Workspace { get; }

    public TableConflictStore Store { get; }

    public ConflictService Service { get; }

    public static StoreHarness Create(AzuriteServer server, DelegatingHandler? fault = null)
    {
        var (table, counter) = TestTables.Create(server, fault: fault);
        return new StoreHarness(table, counter, new ManualClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)),
            WorkspaceId.ForTeams("tenant/with#odd?chars"));
    }

    public RequestContext As(UserRef actor, string? delivery = null) =>
        new(Workspace, "19:channel@thread.tacv2", actor, delivery is null ? null : new DeliveryId(delivery));

    public static OpenDraft Draft(string release = "Checkout 2.4") => new(release, new DateOnly(2026, 12, 15), ["SSO", "audit export"], Ana, Ben);

    public static ReasoningInput Reasoning(string holds = "Trials stall without SSO") =>
        new(holds, "Shoppers wait for the faster checkout", "12 enterprise trials", Severity.High, OptionKind.MoveDate, "notes");

    public static OptionInput MoveTo(DateOnly date) => new(OptionKind.MoveDate, NewDate: date);

    public async Task<ConflictId> OpenAsync(string release = "Checkout 2.4")
    {
        var outcome = await Service.OpenAsync(As(Dev), Draft(release));
        Assert.Equal(OutcomeKind.Changed, outcome.Kind);
        return outcome.Conflict!.Id;
    }

    /// <summary>Opens a conflict and brings it to a proposal by Ana that waits for Ben.</summary>
    public async Task<ConflictId> ProposedAsync(string release = "Checkout 2.4")
    {
        var id = await OpenAsync(release);
        Assert.Equal(OutcomeKind.Changed, (await Service.SubmitReasoningAsync(As(Ana), id, Reasoning())).Kind);
        Assert.Equal(OutcomeKind.Changed, (await Service.SubmitReasoningAsync(As(Ben), id, Reasoning("Nobody misses audit"))).Kind);
        Assert.Equal(OutcomeKind.Changed, (await Service.ProposeAsync(As(Ana), id, MoveTo(new DateOnly(2027, 1, 10)), "SSO first")).Kind);
        return id;
    }

    public async Task<ConflictId> DecidedAsync(string release = "Checkout 2.4")
    {
        var id = await ProposedAsync(release);
        Assert.Equal(OutcomeKind.Changed, (await Service.ApproveAsync(As(Ben), id, null, null)).Kind);
        return id;
    }
}
