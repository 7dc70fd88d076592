using System.Globalization;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Rendering.Modals;
using Fields = BridgeBot.Domain.Conflicts.ReasoningInput.Fields;

namespace BridgeBot.Slack.Interactions.Reading;

/// <summary>
/// The inverse of the modals: each reads its inputs (and what the modal remembered) back into the domain command the
/// router handles. Completeness and limits are the domain's to judge; a reader refuses only what it cannot read.
/// </summary>
public static class ModalReaders
{
    public static ModalRead Open(ViewState state, ModalMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = new OpenDraft(
            state.Text(OpenModal.Fields.Release),
            state.Date(OpenModal.Fields.Deadline),
            UserText.SplitList(state.Text(OpenModal.Fields.Scope)),
            Person(state.User(OpenModal.Fields.ProductManager)),
            Person(state.User(OpenModal.Fields.ProjectManager)));
        return ModalRead.Ok(new OpenCommand(draft));
    }

    public static ModalRead Reasoning(ViewState state, ModalMetadata metadata) => About(metadata, Fields.ImpactIfDateHolds, id =>
        ModalRead.Ok(new ReasonCommand(id, new ReasoningInput(
            state.Text(Fields.ImpactIfDateHolds),
            state.Text(Fields.ImpactIfDateMoves),
            state.Text(Fields.AffectedCustomers),
            Choices.ParseSeverity(state.Option(Fields.Severity)),
            OptionKindText.TryParse(state.Option(Fields.PreferredOption), out var preferred) ? preferred : null,
            state.Text(Fields.Notes)))));

    public static ModalRead Proposal(ViewState state, ModalMetadata metadata) => About(metadata, OptionModal.Fields.Option, id =>
    {
        var (option, failure) = Option(state);
        return option is null ? failure! : ModalRead.Ok(new ProposeCommand(id, option, state.Text(OptionModal.Fields.Rationale)));
    });

    public static ModalRead Decision(ViewState state, ModalMetadata metadata) => About(metadata, OptionModal.Fields.Option, id =>
    {
        var rationale = state.Text(OptionModal.Fields.Rationale);
        if (state.Option(OptionModal.Fields.Option) == Choices.ConfirmProposal)
        {
            return ModalRead.Ok(new DecideCommand(id, null, rationale));
        }

        var (option, failure) = Option(state);
        return option is null ? failure! : ModalRead.Ok(new DecideCommand(id, option, rationale));
    });

    public static ModalRead Reject(ViewState state, ModalMetadata metadata) =>
        About(metadata, ReasonModal.Field, id => ModalRead.Ok(new RejectCommand(id, metadata.Proposal, state.Text(ReasonModal.Field))));

    public static ModalRead Escalate(ViewState state, ModalMetadata metadata) =>
        About(metadata, ReasonModal.Field, id => ModalRead.Ok(new EscalateCommand(id, state.Text(ReasonModal.Field))));

    public static ModalRead Withdraw(ViewState state, ModalMetadata metadata) =>
        About(metadata, ReasonModal.Field, id => ModalRead.Ok(new WithdrawCommand(id, state.Text(ReasonModal.Field))));

    public static ModalRead Reopen(ViewState state, ModalMetadata metadata) =>
        About(metadata, ReasonModal.Field, id => ModalRead.Ok(new ReopenCommand(id, state.Text(ReasonModal.Field))));

    public static ModalRead Retrospective(ViewState state, ModalMetadata metadata) => About(metadata, RetrospectiveModal.Fields.Answer, id =>
        RetrospectiveModal.Parse(state.Option(RetrospectiveModal.Fields.Answer)) is { } chosen
            ? ModalRead.Ok(new RetroCommand(id, chosen, state.Text(RetrospectiveModal.Fields.Comment)))
            : ModalRead.Fail(RetrospectiveModal.Fields.Answer, "Choose yes, partly or no: did the customer impact you predicted happen?"));

    private static ModalRead About(ModalMetadata metadata, string field, Func<ConflictId, ModalRead> read)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.Id is { } id
            ? read(id)
            : ModalRead.Fail(field, "This form does not say which conflict it is about; close it and use the button on the conflict again.");
    }

    private static UserRef? Person(string? id) => id is null ? null : new UserRef(id);

    /// <summary>Only the chosen option's inputs are read: people fill in one option and may leave stray text in others.</summary>
    private static (OptionInput? Option, ModalRead? Failure) Option(ViewState state)
    {
        if (!OptionKindText.TryParse(state.Option(OptionModal.Fields.Option), out var kind))
        {
            return (null, ModalRead.Fail(OptionModal.Fields.Option, "Choose an option: hold the date, move the date, a phased release or other."));
        }

        return kind switch
        {
            OptionKind.HoldDateCutScope => (new OptionInput(kind, CutItems: UserText.SplitList(state.Text(OptionModal.Fields.Cut))), null),
            OptionKind.MoveDate => (new OptionInput(kind, NewDate: state.Date(OptionModal.Fields.NewDate)), null),
            OptionKind.PhasedRelease => Phases(state.Text(OptionModal.Fields.Phases)),
            _ => (new OptionInput(kind, Description: state.Text(OptionModal.Fields.Description)), null),
        };
    }

    /// <summary>One phase a line, date first: <c>2026-12-15 Faster checkout</c>.</summary>
    private static (OptionInput? Option, ModalRead? Failure) Phases(string? text)
    {
        var phases = new List<ReleasePhase>();
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, ModalRead.Fail(OptionModal.Fields.Phases,
                    $"Line {(i + 1).ToString(CultureInfo.InvariantCulture)} does not start with a date; write each phase as YYYY-MM-DD then its scope."));
            }

            phases.Add(new ReleasePhase(parts.Length > 1 ? parts[1] : string.Empty, date));
        }

        return (new OptionInput(OptionKind.PhasedRelease, Phases: phases), null);
    }
}
