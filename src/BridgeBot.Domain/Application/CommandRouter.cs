using System.Globalization;
using BridgeBot.Domain.Application.Handlers;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Export;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application;

/// <summary>
/// The one place where every command word is bound to its handler. Typed commands and card or form
/// actions from both platforms arrive here as <see cref="BridgeCommand"/>s and leave as channel-neutral
/// <see cref="CommandReply"/>s.
/// </summary>
public sealed class CommandRouter
{
    /// <summary>How many decisions <c>log</c> shows.</summary>
    public const int LogLength = 10;

    /// <summary>The most decisions one export holds.</summary>
    public const int ExportLimit = 10_000;

    private readonly Dictionary<string, ICommandHandler> handlers;

    /// <summary>Creates a router over explicit handlers (every command word at most once).</summary>
    public CommandRouter(IEnumerable<ICommandHandler> handlers)
    {
        this.handlers = handlers.ToDictionary(handler => handler.CommandName, StringComparer.Ordinal);
    }

    /// <summary>
    /// The router with BridgeBot's handlers over <paramref name="service"/> and <paramref name="digests"/>;
    /// <paramref name="links"/> signs the links to the decision-log page.
    /// </summary>
    public static CommandRouter Create(ConflictService service, DigestService digests, ILogLinkIssuer links) => new(
    [
        new CommandHandler<HelpCommand>(CommandNames.Help, (_, command, _) => Task.FromResult<CommandReply>(Help(command))),
        new CommandHandler<OpenCommand>(CommandNames.Open, async (context, command, ct) => command.Draft.IsComplete
            ? new ConflictReply(await service.OpenAsync(context, command.Draft, ct).ConfigureAwait(false))
            : new OpenFormReply(command.Draft, null, null)),
        new CommandHandler<ListCommand>(CommandNames.List, (context, _, ct) => ListAsync(service, context, ct)),
        new CommandHandler<ShowCommand>(CommandNames.Show, async (context, command, ct) =>
            new ConflictReply(await service.ShowAsync(context, command.Id, ct).ConfigureAwait(false))),
        new CommandHandler<ReasonCommand>(CommandNames.Reason, async (context, command, ct) => command.Input is null
            ? new ReasoningFormReply(await service.PrepareFormAsync(context, command.Id, c => ConflictViewBuilder.Check(c, context.Actor, null, ConflictActions.SubmitReasoning), ct).ConfigureAwait(false))
            : new ConflictReply(await service.SubmitReasoningAsync(context, command.Id, command.Input, ct).ConfigureAwait(false))),
        new CommandHandler<ProposeCommand>(CommandNames.Propose, async (context, command, ct) => command.Option is null
            ? new ProposalFormReply(await service.PrepareFormAsync(context, command.Id, c => c.CheckPropose(context.Actor), ct).ConfigureAwait(false))
            : new ConflictReply(await service.ProposeAsync(context, command.Id, command.Option, command.Rationale, ct).ConfigureAwait(false))),
        Change<ApproveCommand>(CommandNames.Approve, (context, c, ct) => service.ApproveAsync(context, c.Id, c.ProposalNumber, c.Note, ct)),
        Change<RejectCommand>(CommandNames.Reject, (context, c, ct) => service.RejectAsync(context, c.Id, c.ProposalNumber, c.Reason, ct)),
        Change<EscalateCommand>(CommandNames.Escalate, (context, c, ct) => service.EscalateAsync(context, c.Id, c.Reason, ct)),
        Change<DecideCommand>(CommandNames.Decide, (context, c, ct) => service.DecideAsync(context, c.Id, c.Option, c.Rationale, ct)),
        Change<WithdrawCommand>(CommandNames.Withdraw, (context, c, ct) => service.WithdrawAsync(context, c.Id, c.Reason, ct)),
        Change<ReopenCommand>(CommandNames.Reopen, (context, c, ct) => service.ReopenAsync(context, c.Id, c.Reason, ct)),
        Change<RetroCommand>(CommandNames.Retro, (context, c, ct) => service.AnswerRetrospectiveAsync(context, c.Id, c.Answer, c.Comment, ct)),
        new CommandHandler<LogCommand>(CommandNames.Log, async (context, command, ct) =>
        {
            if (command.Id is not { } id)
            {
                return new DecisionLogReply(
                    await service.LatestDecisionsAsync(context.Workspace, LogLength, ct).ConfigureAwait(false), links.Issue(context.Workspace));
            }

            var (outcome, entries) = await service.ReadLogAsync(context, id, ct).ConfigureAwait(false);
            return new ConflictLogReply(outcome, entries);
        }),
        new CommandHandler<ExportCommand>(CommandNames.Export, async (context, _, ct) =>
        {
            var decisions = await service.LatestDecisionsAsync(context.Workspace, ExportLimit, ct).ConfigureAwait(false);
            var fileName = $"bridgebot-decisions-{service.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
            return new ExportReply(fileName, DecisionCsv.Write(decisions.Reverse()), decisions.Count);
        }),
        new CommandHandler<DigestCommand>(CommandNames.Digest, digests.HandleAsync),
        new CommandHandler<EscalateToCommand>(CommandNames.EscalateTo, async (context, command, ct) =>
        {
            if (command.Approver is null && command.ThresholdDays is null)
            {
                return new ApproverReply(await service.GetSettingsAsync(context.Workspace, ct).ConfigureAwait(false), false, null);
            }

            var result = await service.SetEscalationAsync(context, command.Approver, command.ThresholdDays, ct).ConfigureAwait(false);
            return result.IsValid
                ? new ApproverReply(result.Value, true, null)
                : new ApproverReply(await service.GetSettingsAsync(context.Workspace, ct).ConfigureAwait(false), false, result.Refusal);
        }),
    ]);

    /// <summary>The command words with a handler.</summary>
    public IEnumerable<string> RegisteredCommands => handlers.Keys;

    /// <summary>Parses <paramref name="text"/> and handles it; a mistake answers with what was wrong and an example.</summary>
    public Task<CommandReply> HandleTextAsync(
        RequestContext context,
        string? text,
        IReadOnlyDictionary<string, UserRef>? mentions = null,
        CancellationToken cancellationToken = default)
    {
        var parsed = CommandParser.Parse(text, mentions);
        return parsed.IsSuccess
            ? HandleAsync(context, parsed.Command, cancellationToken)
            : Task.FromResult<CommandReply>(new ErrorReply(parsed.Error));
    }

    /// <summary>Handles a command (typed, or built from a card or form action).</summary>
    public Task<CommandReply> HandleAsync(RequestContext context, BridgeCommand command, CancellationToken cancellationToken = default) =>
        handlers.TryGetValue(command.Name, out var handler)
            ? handler.HandleAsync(context, command, cancellationToken)
            : throw new InvalidOperationException($"No handler is registered for “{command.Name}”.");

    // The two reads are independent: one round-trip time, not two.
    private static async Task<CommandReply> ListAsync(ConflictService service, RequestContext context, CancellationToken cancellationToken)
    {
        var open = service.ListOpenAsync(context.Workspace, cancellationToken);
        var settings = service.GetSettingsAsync(context.Workspace, cancellationToken);
        await Task.WhenAll(open, settings).ConfigureAwait(false);
        return new ConflictListReply(
            (await open.ConfigureAwait(false)).OrderBy(c => c.Deadline).ThenBy(c => c.Id.Number).ToArray(),
            await settings.ConfigureAwait(false),
            service.Today());
    }

    private static CommandHandler<TCommand> Change<TCommand>(
        string name, Func<RequestContext, TCommand, CancellationToken, Task<ConflictOutcome>> change)
        where TCommand : BridgeCommand =>
        new(name, async (context, command, ct) => new ConflictReply(await change(context, command, ct).ConfigureAwait(false)));

    // One reply per topic for the life of the process: help never changes, so an edge may draw each once (by reference).
    private static readonly HelpReply AllHelp = new(CommandHelp.All);
    private static readonly Dictionary<CommandSpec, HelpReply> TopicHelp = CommandHelp.All.ToDictionary(spec => spec, spec => new HelpReply([spec]));

    /// <summary>
    /// The answer to <c>help</c>: pure, so an edge may give it without touching storage (e.g. in an acknowledgement); the
    /// same instance for the same topic, so an edge may keep what it drew from it.
    /// </summary>
    public static HelpReply Help(HelpCommand command) =>
        CommandHelp.Find(command?.Topic) is { } spec ? TopicHelp[spec] : AllHelp;
}
