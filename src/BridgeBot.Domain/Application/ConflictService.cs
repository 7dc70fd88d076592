using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application;

/// <summary>
/// The use cases both channels share: read the conflict, ask it for the transition, write the transition
/// in one atomic step, and answer with the conflict as it now stands. A lost race is a refusal saying
/// someone just changed it; a redelivered request is reported as a duplicate and changes nothing.
/// </summary>
/// <param name="store">The conflicts and their log.</param>
/// <param name="settingsStore">The workspaces' settings.</param>
/// <param name="time">The clock.</param>
/// <param name="retrospectives">When retrospectives are due; <see cref="RetrospectivePolicy.Default"/> when not given.</param>
public sealed class ConflictService(
    IConflictStore store, IWorkspaceSettingsStore settingsStore, TimeProvider time, RetrospectivePolicy? retrospectives = null)
{
    /// <summary>When retrospectives are due.</summary>
    public RetrospectivePolicy Retrospectives { get; } = retrospectives ?? RetrospectivePolicy.Default;

    /// <summary>Opens a conflict from a complete draft.</summary>
    public async Task<ConflictOutcome> OpenAsync(RequestContext context, OpenDraft draft, CancellationToken cancellationToken = default)
    {
        var settings = await settingsStore.GetAsync(context.Workspace, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (!draft.IsComplete)
        {
            return Refused(null, Refusal.Invalid("Still missing: " + string.Join(", ", draft.Missing) + "."), settings, now);
        }

        var request = new OpenRequest(
            context.Workspace,
            context.ChannelId,
            draft.Release!,
            draft.Deadline!.Value,
            draft.ScopeAtRisk,
            draft.ProductManager!,
            draft.ProjectManager!,
            context.Actor);

        // Check once with a placeholder id so a mistake is answered before an id is allocated.
        var earliest = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        var check = ReleaseConflict.Open(request, new ConflictId(1), now, earliest);
        if (!check.IsValid)
        {
            return Refused(null, check.Refusal, settings, now);
        }

        // The store may call the factory again if another open took the id first; the last call is what was written.
        Transition? opened = null;
        var result = await store.OpenAsync(
            context.Workspace,
            id => opened = ReleaseConflict.Open(request, id, now, earliest).Value!,
            context.Delivery,
            cancellationToken).ConfigureAwait(false);
        if (result.Conflict is { } written)
        {
            TurnLogContext.Identify(written.Conflict.Id);
        }

        return result.Status == CommitStatus.Committed
            ? new ConflictOutcome(OutcomeKind.Changed, result.Conflict!.Conflict, opened!.Events, null, settings, Today(now))
            : new ConflictOutcome(OutcomeKind.Duplicate, result.Conflict?.Conflict, [], null, settings, Today(now));
    }

    /// <summary>Shows a conflict.</summary>
    public async Task<ConflictOutcome> ShowAsync(RequestContext context, ConflictId id, CancellationToken cancellationToken = default)
    {
        var (stored, settings) = await ReadAsync(context.Workspace, id, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return stored is null
            ? NotFound(id, settings, now)
            : new ConflictOutcome(OutcomeKind.Unchanged, stored.Conflict, [], null, settings, Today(now));
    }

    /// <summary>Submits the actor's reasoning, for the role they hold in the conflict.</summary>
    public Task<ConflictOutcome> SubmitReasoningAsync(
        RequestContext context, ConflictId id, ReasoningInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(context, id, (conflict, _, now) => conflict.RoleOf(context.Actor) is { } role
            ? conflict.SubmitReasoning(context.Actor, role, input, now)
            : ConflictViewBuilder.Check(conflict, context.Actor, null, ConflictActions.SubmitReasoning)!,
            cancellationToken);

    /// <summary>Proposes or counter-proposes.</summary>
    public Task<ConflictOutcome> ProposeAsync(
        RequestContext context, ConflictId id, OptionInput option, string? rationale, CancellationToken cancellationToken = default) =>
        ChangeAsync(context, id, (conflict, _, now) => conflict.Propose(context.Actor, option, rationale, now), cancellationToken);

    /// <summary>Approves the current proposal (or proposal <paramref name="proposalNumber"/>, if still current).</summary>
    public Task<ConflictOutcome> ApproveAsync(
        RequestContext context, ConflictId id, int? proposalNumber, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(context, id, (conflict, _, now) => conflict.Approve(context.Actor, proposalNumber, note, now), cancellationToken);

    /// <summary>Rejects the current proposal.</summary>
    public Task<ConflictOutcome> RejectAsync(
        RequestContext context, ConflictId id, int? proposalNumber, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            context,
            id,
            (conflict, settings, now) => conflict.Reject(context.Actor, proposalNumber, reason, settings.EscalationApprover, now),
            cancellationToken);

    /// <summary>Escalates to the workspace's escalation approver.</summary>
    public Task<ConflictOutcome> EscalateAsync(
        RequestContext context, ConflictId id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            context,
            id,
            (conflict, settings, now) => conflict.Escalate(context.Actor, settings.EscalationApprover, reason, now),
            cancellationToken);

    /// <summary>The escalation approver decides alone.</summary>
    public Task<ConflictOutcome> DecideAsync(
        RequestContext context, ConflictId id, OptionInput? option, string? rationale, CancellationToken cancellationToken = default) =>
        ChangeAsync(context, id, (conflict, _, now) => conflict.DecideAsApprover(context.Actor, option, rationale, now), cancellationToken);

    /// <summary>Withdraws the conflict.</summary>
    public Task<ConflictOutcome> WithdrawAsync(
        RequestContext context, ConflictId id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(context, id, (conflict, _, now) => conflict.Withdraw(context.Actor, reason, now), cancellationToken);

    /// <summary>Reopens a decided conflict.</summary>
    public Task<ConflictOutcome> ReopenAsync(
        RequestContext context, ConflictId id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            context,
            id,
            (conflict, settings, now) => conflict.Reopen(context.Actor, settings.EscalationApprover, reason, now),
            cancellationToken);

    /// <summary>The actor answers the retrospective of the decision in force, for the role they hold in the conflict.</summary>
    public Task<ConflictOutcome> AnswerRetrospectiveAsync(
        RequestContext context, ConflictId id, ImpactHappened? answer, string? comment, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            context,
            id,
            (conflict, _, now) => conflict.AnswerRetrospective(
                context.Actor, conflict.RoleOf(context.Actor) ?? ManagerRole.Product, answer, comment, Retrospectives, now),
            cancellationToken);

    /// <summary>Reads, transitions and writes one conflict; the shape every change above shares.</summary>
    public async Task<ConflictOutcome> ChangeAsync(
        RequestContext context,
        ConflictId id,
        Func<ReleaseConflict, WorkspaceSettings, DateTimeOffset, Validated<Transition>> change,
        CancellationToken cancellationToken = default)
    {
        var (stored, settings) = await ReadAsync(context.Workspace, id, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (stored is null)
        {
            return NotFound(id, settings, now);
        }

        var transition = change(stored.Conflict, settings, now);
        if (!transition.IsValid)
        {
            // A redelivery of a request that was applied reads the already-changed conflict and is
            // refused ("you already approved"); tell it apart so the platform gets the same answer again.
            if (context.Delivery is { } delivery
                && await store.FindDeliveryAsync(context.Workspace, delivery, cancellationToken).ConfigureAwait(false) is not null)
            {
                return new ConflictOutcome(OutcomeKind.Duplicate, stored.Conflict, [], null, settings, Today(now));
            }

            return Refused(stored.Conflict, transition.Refusal, settings, now);
        }

        var result = await store.CommitAsync(stored, transition.Value, context.Delivery, cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            CommitStatus.Committed => new ConflictOutcome(
                OutcomeKind.Changed, result.Conflict!.Conflict, transition.Value.Events, null, settings, Today(now)),
            CommitStatus.Duplicate => new ConflictOutcome(
                OutcomeKind.Duplicate, result.Conflict?.Conflict ?? stored.Conflict, [], null, settings, Today(now)),
            _ => Refused(
                result.Conflict?.Conflict ?? stored.Conflict,
                new Refusal(RefusalCode.Stale, $"Someone just changed {id} before you. Here is where it stands now; try again if it still makes sense."),
                settings,
                now),
        };
    }

    /// <summary>
    /// The conflict as it stands, or a refusal when <paramref name="check"/> says the actor may not use the
    /// form they asked for (so nobody is shown a form whose submission would be refused anyway).
    /// </summary>
    public async Task<ConflictOutcome> PrepareFormAsync(
        RequestContext context, ConflictId id, Func<ReleaseConflict, Refusal?> check, CancellationToken cancellationToken = default)
    {
        var outcome = await ShowAsync(context, id, cancellationToken).ConfigureAwait(false);
        return outcome.Conflict is { } conflict && check(conflict) is { } refusal
            ? outcome with { Kind = OutcomeKind.Refused, Refusal = refusal }
            : outcome;
    }

    /// <summary>A conflict's full log, with the conflict (or not found).</summary>
    public async Task<(ConflictOutcome Outcome, IReadOnlyList<ConflictEvent> Entries)> ReadLogAsync(
        RequestContext context, ConflictId id, CancellationToken cancellationToken = default)
    {
        var outcome = await ShowAsync(context, id, cancellationToken).ConfigureAwait(false);
        if (outcome.Conflict is null)
        {
            return (outcome, []);
        }

        return (outcome, await store.ReadLogAsync(context.Workspace, id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The workspace's latest decisions, newest first.</summary>
    public Task<IReadOnlyList<DecisionRecord>> LatestDecisionsAsync(WorkspaceId workspace, int max, CancellationToken cancellationToken = default) =>
        store.ListDecisionsAsync(workspace, max, cancellationToken);

    /// <summary>The workspace's open conflicts, by id.</summary>
    public async Task<IReadOnlyList<ReleaseConflict>> ListOpenAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        (await store.ListOpenAsync(workspace, cancellationToken).ConfigureAwait(false)).Select(stored => stored.Conflict).ToArray();

    /// <summary>
    /// Sets the workspace's escalation approver and/or its deadline threshold. Anyone may set them while there is no
    /// approver; after that only the current approver may change them (and hand the role on).
    /// </summary>
    public async Task<Validated<WorkspaceSettings>> SetEscalationAsync(
        RequestContext context, UserRef? approver, int? thresholdDays, CancellationToken cancellationToken = default)
    {
        var current = await settingsStore.GetAsync(context.Workspace, cancellationToken).ConfigureAwait(false);
        if (current.EscalationApprover is { } existing && existing != context.Actor)
        {
            return Refusal.NotAllowed($"{existing} is the escalation approver; only they can change it or hand the role to someone else.");
        }

        var changed = current with
        {
            EscalationApprover = approver ?? current.EscalationApprover,
            EscalationThresholdDays = thresholdDays ?? current.EscalationThresholdDays,
        };
        var saved = await settingsStore.TrySaveAsync(context.Workspace, changed, current.Version, cancellationToken).ConfigureAwait(false);
        return saved is null
            ? new Refusal(RefusalCode.Stale, "Someone changed the escalation settings at the same moment; look again and retry.")
            : saved;
    }

    /// <summary>The workspace's settings.</summary>
    public Task<WorkspaceSettings> GetSettingsAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        settingsStore.GetAsync(workspace, cancellationToken);

    /// <summary>Today's date (UTC) by the injected clock.</summary>
    public DateOnly Today() => Today(time.GetUtcNow());

    private async Task<(StoredConflict? Stored, WorkspaceSettings Settings)> ReadAsync(
        WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken)
    {
        TurnLogContext.Identify(id);
        var conflict = store.GetAsync(workspace, id, cancellationToken);
        var settings = settingsStore.GetAsync(workspace, cancellationToken);
        await Task.WhenAll(conflict, settings).ConfigureAwait(false);
        return (await conflict.ConfigureAwait(false), await settings.ConfigureAwait(false));
    }

    private static ConflictOutcome Refused(ReleaseConflict? conflict, Refusal refusal, WorkspaceSettings settings, DateTimeOffset now) =>
        new(OutcomeKind.Refused, conflict, [], refusal, settings, Today(now));

    private static ConflictOutcome NotFound(ConflictId id, WorkspaceSettings settings, DateTimeOffset now) =>
        new(OutcomeKind.NotFound, null, [], new Refusal(RefusalCode.NotFound, $"There is no conflict {id} in this workspace. Try `list`."), settings, Today(now));

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
