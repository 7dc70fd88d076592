using System.Text.Json.Nodes;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Teams.Cards.Reading;

/// <summary>
/// The inverse of the cards' forms: turns an <c>Action.Execute</c> verb and its <c>data</c> (the card's keys with
/// the inputs merged in by the client) into the domain command the router handles. Each verb is bound to one
/// small reader below. Whatever arrives, the answer is a command or a user-facing error, never an exception.
/// </summary>
public static class CardActionReader
{
    private delegate CardActionResult Reader(CardData data, IReadOnlyList<UserRef> people);

    private static readonly Dictionary<string, Reader> Readers = new(StringComparer.Ordinal)
    {
        [CardVerbs.Refresh] = (data, _) => About(data, CommandNames.Show, id => new ShowCommand(id)),
        [CardVerbs.SubmitReasoning] = (data, _) => About(data, CommandNames.Reason, id => new ReasonCommand(id, Reasoning(data))),
        [CardVerbs.SubmitProposal] = (data, _) => Propose(data),
        [CardVerbs.Approve] = (data, _) => About(data, CommandNames.Approve, id => new ApproveCommand(id, data.Number(CardDataKeys.Proposal), null)),
        [CardVerbs.Reject] = (data, _) => About(data, CommandNames.Reject,
            id => new RejectCommand(id, data.Number(CardDataKeys.Proposal), data.Text(CardInputIds.RejectReason))),
        [CardVerbs.Escalate] = (data, _) => About(data, CommandNames.Escalate, id => new EscalateCommand(id, data.Text(CardInputIds.EscalateReason))),
        [CardVerbs.Decide] = (data, _) => Decide(data),
        [CardVerbs.Withdraw] = (data, _) => About(data, CommandNames.Withdraw, id => new WithdrawCommand(id, data.Text(CardInputIds.WithdrawReason))),
        [CardVerbs.Reopen] = (data, _) => About(data, CommandNames.Reopen, id => new ReopenCommand(id, data.Text(CardInputIds.ReopenReason))),
        [CardVerbs.SubmitOpen] = Open,
        [CardVerbs.SubmitRetrospective] = (data, _) => Retrospective(data),
    };

    /// <summary>Reads one card action.</summary>
    /// <param name="verb">The action's verb.</param>
    /// <param name="data">The action's data with the inputs merged in; anything else counts as empty.</param>
    /// <param name="people">The people the open form offered, so a chosen id becomes that person; unknown ids are ignored.</param>
    public static CardActionResult Read(string? verb, JsonNode? data, IReadOnlyList<UserRef>? people = null)
    {
        if (verb is null || !Readers.TryGetValue(verb, out var reader))
        {
            var shown = verb is null ? "no action" : "“" + (verb.Length > 40 ? verb[..40] + "…" : verb) + "”";
            return CardActionResult.Fail(
                $"BridgeBot does not know this button ({shown}); the card may be from an older version. Show the conflict again for a fresh card.",
                CommandNames.Show);
        }

        return reader(CardData.From(data), people ?? []);
    }

    private static CardActionResult About(CardData data, string commandName, Func<ConflictId, BridgeCommand> command) =>
        About(data, commandName, id => CardActionResult.Ok(command(id), data.Number(CardDataKeys.Version)));

    private static CardActionResult About(CardData data, string commandName, Func<ConflictId, CardActionResult> read) =>
        ConflictId.TryParse(data.Text(CardDataKeys.ConflictId), out var id)
            ? read(id)
            : CardActionResult.Fail("This card does not say which conflict it is about. Type the command instead:", commandName);

    private static ReasoningInput Reasoning(CardData data) => new(
        data.Text(ReasoningInput.Fields.ImpactIfDateHolds),
        data.Text(ReasoningInput.Fields.ImpactIfDateMoves),
        data.Text(ReasoningInput.Fields.AffectedCustomers),
        Forms.ChoiceLists.ParseSeverity(data.Text(ReasoningInput.Fields.Severity)),
        OptionKindText.TryParse(data.Text(ReasoningInput.Fields.PreferredOption), out var preferred) ? preferred : null,
        data.Text(ReasoningInput.Fields.Notes));

    private static CardActionResult Propose(CardData data) => About(data, CommandNames.Propose, id =>
    {
        var ids = OptionFormIds.Propose;
        if (!OptionKindText.TryParse(data.Text(ids.OptionKind), out var kind))
        {
            return CardActionResult.Fail("Choose what you propose: hold the date, move the date, a phased release or other.", CommandNames.Propose);
        }

        var (option, problem) = OptionReader.Read(data, ids, kind);
        return option is null
            ? CardActionResult.Fail(problem!, CommandNames.Propose)
            : CardActionResult.Ok(new ProposeCommand(id, option, data.Text(ids.Rationale)), data.Number(CardDataKeys.Version));
    });

    private static CardActionResult Decide(CardData data) => About(data, CommandNames.Decide, id =>
    {
        var ids = OptionFormIds.Decide;
        var choice = data.Text(ids.OptionKind);
        var rationale = data.Text(ids.Rationale);
        var version = data.Number(CardDataKeys.Version);
        if (string.Equals(choice, CardInputIds.Decide.ConfirmProposal, StringComparison.OrdinalIgnoreCase))
        {
            return CardActionResult.Ok(new DecideCommand(id, null, rationale), version);
        }

        if (!OptionKindText.TryParse(choice, out var kind))
        {
            return CardActionResult.Fail("Choose what you decide: confirm the proposal, or one of the options.", CommandNames.Decide);
        }

        var (option, problem) = OptionReader.Read(data, ids, kind);
        return option is null
            ? CardActionResult.Fail(problem!, CommandNames.Decide)
            : CardActionResult.Ok(new DecideCommand(id, option, rationale), version);
    });

    private static CardActionResult Retrospective(CardData data) => About(data, CommandNames.Retro, id =>
        Enum.TryParse<ImpactHappened>(data.Text(CardInputIds.Retro.Answer), ignoreCase: true, out var answer) && Enum.IsDefined(answer)
            ? CardActionResult.Ok(new RetroCommand(id, answer, data.Text(CardInputIds.Retro.Comment)))
            : CardActionResult.Fail("Choose yes, partly or no: did the customer impact you predicted happen?", CommandNames.Retro));

    private static CardActionResult Open(CardData data, IReadOnlyList<UserRef> people)
    {
        if (!data.TryDate(CardInputIds.Open.Deadline, out var deadline))
        {
            return CardActionResult.Fail(
                $"The deadline “{data.Text(CardInputIds.Open.Deadline)}” is not a date; write it as YYYY-MM-DD.", CommandNames.Open);
        }

        var draft = new OpenDraft(
            data.Text(CardInputIds.Open.Release),
            deadline,
            UserText.SplitList(data.Text(CardInputIds.Open.Scope)),
            Person(data.Text(CardInputIds.Open.ProductManager)),
            Person(data.Text(CardInputIds.Open.ProjectManager)));
        return CardActionResult.Ok(new OpenCommand(draft));

        UserRef? Person(string? id) => people.FirstOrDefault(person => string.Equals(person.Id, id, StringComparison.Ordinal));
    }
}
