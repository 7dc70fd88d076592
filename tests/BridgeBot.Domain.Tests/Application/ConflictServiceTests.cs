using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Tests.Support;
using BridgeBot.Domain.Workspaces;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Application;

public class ConflictServiceTests
{
    private readonly InMemoryConflictStore store = new();
    private readonly FixedTime clock = new(Now);
    private readonly ConflictService service;

    public ConflictServiceTests()
    {
        service = new ConflictService(store, store, clock);
    }

    private static RequestContext As(UserRef actor, string? delivery = null) =>
        new(Workspace, "C0CHANNEL", actor, delivery is null ? null : new DeliveryId(delivery));

    private static OpenDraft Draft => new("Checkout 2.4", Deadline, ["SSO", "audit export"], Ana, Ben);

    [Fact]
    public async Task Open_CompleteDraft_AllocatesWorkspaceIds()
    {
        var first = await service.OpenAsync(As(Dev), Draft);
        var second = await service.OpenAsync(As(Dev), Draft);

        Assert.Equal(OutcomeKind.Changed, first.Kind);
        Assert.Equal("R-1", first.Conflict!.Id.ToString());
        Assert.Equal("R-2", second.Conflict!.Id.ToString());
        Assert.Single(first.Events);
    }

    [Fact]
    public async Task Open_IncompleteDraft_SaysWhatIsMissing()
    {
        var outcome = await service.OpenAsync(As(Dev), Draft with { ProjectManager = null });

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Contains("project manager", outcome.Refusal!.Message);
    }

    [Fact]
    public async Task Open_Redelivered_OpensOnlyOnce()
    {
        var first = await service.OpenAsync(As(Dev, "teams:a1"), Draft);
        var again = await service.OpenAsync(As(Dev, "teams:a1"), Draft);

        Assert.Equal(OutcomeKind.Duplicate, again.Kind);
        Assert.Equal(first.Conflict!.Id, again.Conflict!.Id);
        Assert.Single(await service.ListOpenAsync(Workspace));
    }

    [Fact]
    public async Task Change_UnknownConflict_IsNotFound()
    {
        var outcome = await service.ApproveAsync(As(Ben), new ConflictId(99), null, null);

        Assert.Equal(OutcomeKind.NotFound, outcome.Kind);
        Assert.Contains("R-99", outcome.Refusal!.Message);
    }

    [Fact]
    public async Task Reasoning_ByBystander_IsRefusedWithoutChange()
    {
        var id = (await service.OpenAsync(As(Dev), Draft)).Conflict!.Id;

        var outcome = await service.SubmitReasoningAsync(As(Carol), id, Reasoning());

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Equal(RefusalCode.NotAllowed, outcome.Refusal!.Code);
        Assert.Single(await store.ReadLogAsync(Workspace, id));
    }

    [Fact]
    public async Task Change_Redelivered_AppendsOnceAndAnswersDuplicate()
    {
        var id = (await service.OpenAsync(As(Dev), Draft)).Conflict!.Id;

        var first = await service.SubmitReasoningAsync(As(Ana, "slack:e1"), id, Reasoning());
        var again = await service.SubmitReasoningAsync(As(Ana, "slack:e1"), id, Reasoning());

        Assert.Equal(OutcomeKind.Changed, first.Kind);
        Assert.Equal(OutcomeKind.Duplicate, again.Kind);
        Assert.Equal(2, (await store.ReadLogAsync(Workspace, id)).Count);
    }

    [Fact]
    public async Task Change_RedeliveredAfterStateMoved_IsDuplicateNotRefusal()
    {
        var id = await ProposedConflictAsync();
        await service.ApproveAsync(As(Ben, "teams:approve-1"), id, null, null);

        var again = await service.ApproveAsync(As(Ben, "teams:approve-1"), id, null, null);

        Assert.Equal(OutcomeKind.Duplicate, again.Kind);
        Assert.Equal(ConflictState.Decided, again.Conflict!.State);
    }

    [Fact]
    public async Task Change_LosingARace_IsAStaleRefusalWithCurrentState()
    {
        var id = await ProposedConflictAsync();

        var outcome = await service.ChangeAsync(As(Ben), id, (conflict, settings, now) =>
        {
            // Ana counter-proposes between Ben's read and Ben's write.
            service.ProposeAsync(As(Ana), id, MoveTo(new DateOnly(2027, 3, 1)), "Later still", CancellationToken.None).GetAwaiter().GetResult();
            return conflict.Approve(Ben, null, null, now);
        });

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Equal(RefusalCode.Stale, outcome.Refusal!.Code);
        Assert.Equal(2, outcome.Conflict!.CurrentProposal!.Number);
        Assert.Equal(ConflictState.Proposed, outcome.Conflict.State);
    }

    [Fact]
    public async Task EscalationApprover_FirstSetByAnyoneThenOnlyHandedOnByTheApprover()
    {
        var set = await service.SetEscalationAsync(As(Dev), Carol, null);
        var hijack = await service.SetEscalationAsync(As(Dev), Dev, null);
        var handOver = await service.SetEscalationAsync(As(Carol), Dev, null);

        Assert.Equal(Carol, set.Value!.EscalationApprover);
        Assert.Equal(RefusalCode.NotAllowed, hijack.Refusal!.Code);
        Assert.Equal(Dev, handOver.Value!.EscalationApprover);
    }

    [Fact]
    public async Task Outcome_ViewFor_UsesWorkspaceSettings()
    {
        await service.SetEscalationAsync(As(Dev), Carol, null);
        var id = await ProposedConflictAsync();

        var outcome = await service.ShowAsync(As(Ben), id);

        Assert.True(outcome.ViewFor(Ben)!.Can(Domain.Views.ConflictActions.Escalate));
    }

    [Fact]
    public async Task AnswerRetrospective_Redelivered_IsLoggedOnce()
    {
        var id = await ProposedConflictAsync();
        await service.ApproveAsync(As(Ben), id, null, null);
        clock.Now = new DateTimeOffset(2027, 1, 24, 9, 0, 0, TimeSpan.Zero);

        var first = await service.AnswerRetrospectiveAsync(As(Ben, "slack:retro-1"), id, ImpactHappened.Partly, "Audits slipped a week");
        var again = await service.AnswerRetrospectiveAsync(As(Ben, "slack:retro-1"), id, ImpactHappened.Partly, "Audits slipped a week");

        Assert.Equal((OutcomeKind.Changed, OutcomeKind.Duplicate), (first.Kind, again.Kind));
        var logged = Assert.Single((await service.ReadLogAsync(As(Ben), id)).Entries.OfType<RetrospectiveAnswered>());
        Assert.Equal((ManagerRole.Project, ImpactHappened.Partly, "Audits slipped a week"), (logged.Answer.Role, logged.Answer.Answer, logged.Answer.Comment));
        Assert.Single(again.Conflict!.Retrospectives);
    }

    [Fact]
    public async Task AnswerRetrospective_WithConfiguredDelay_OpensThatManyDaysAfterRelease()
    {
        var early = new ConflictService(store, store, clock, new RetrospectivePolicy(2));
        var id = await ProposedConflictAsync();
        await service.ApproveAsync(As(Ben), id, null, null);
        clock.Now = new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(OutcomeKind.Refused, (await service.AnswerRetrospectiveAsync(As(Ana), id, ImpactHappened.Yes, "It held")).Kind);
        Assert.Equal(OutcomeKind.Changed, (await early.AnswerRetrospectiveAsync(As(Ana), id, ImpactHappened.Yes, "It held")).Kind);
    }

    private async Task<ConflictId> ProposedConflictAsync()
    {
        var id = (await service.OpenAsync(As(Dev), Draft)).Conflict!.Id;
        await service.SubmitReasoningAsync(As(Ana), id, Reasoning());
        await service.SubmitReasoningAsync(As(Ben), id, Reasoning());
        await service.ProposeAsync(As(Ana), id, MoveTo(new DateOnly(2027, 1, 10)), "SSO first");
        return id;
    }
}
