using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;

namespace BridgeBot.Slack.Rendering.Modals;

/// <summary>
/// The proposal modal, and the escalation approver's decision modal (which may also confirm the current proposal).
/// Only the chosen option's fields are read; block ids are the field names of the domain's refusals.
/// </summary>
public static class OptionModal
{
    /// <summary>Block ids.</summary>
    public static class Fields
    {
        public const string Option = "option";
        public const string Cut = "cut";
        public const string NewDate = "newDate";
        public const string Phases = "phases";
        public const string Description = "description";
        public const string Rationale = "rationale";
    }

    public static JsonObject Proposal(ConflictView view, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new List<JsonObject> { Intro(view, "Propose a decision both managers can approve. A new proposal replaces the current one and its approvals.") };
        blocks.AddRange(Inputs(view, Choices.Options, null));
        return ModalView.Create(SlackCallbackIds.Propose, view.Proposal is null ? "Propose" : "Counter-propose", "Propose", blocks,
            ModalMetadata.For(view.Id, view.Proposal?.Number, channelId));
    }

    public static JsonObject Decision(ConflictView view, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(view);
        var choices = view.Proposal is { } proposal
            ? [(Choices.ConfirmProposal, Texts.Cut($"Confirm proposal #{DisplayText.Number(proposal.Number)}", BlockKitLimits.OptionText)), .. Choices.Options]
            : Choices.Options;
        var blocks = new List<JsonObject> { Intro(view, "As the escalation approver you decide alone: confirm the proposal, or choose an option of your own.") };
        blocks.AddRange(Inputs(view, choices, view.Proposal is null ? null : Choices.ConfirmProposal));
        return ModalView.Create(SlackCallbackIds.Decide, "Decide", "Decide", blocks, ModalMetadata.For(view.Id, view.Proposal?.Number, channelId));
    }

    private static JsonObject Intro(ConflictView view, string text)
    {
        var current = view.Proposal is { } proposal
            ? "\nCurrent proposal #" + DisplayText.Number(proposal.Number) + ": " + Mrkdwn.Fit(proposal.Option.Describe(), 1000)
            : string.Empty;
        return Blocks.Section(Mrkdwn.Bold(Mrkdwn.Escape($"{view.Id} · {view.Release}")) + " · deadline " +
            Mrkdwn.Escape(DisplayText.Date(view.Deadline)) + "\n" + Mrkdwn.Escape(text) + current);
    }

    private static IEnumerable<JsonObject> Inputs(ConflictView view, IReadOnlyList<(string Value, string Label)> choices, string? initial)
    {
        yield return Blocks.Input(Fields.Option, "Option", Elements.Select(choices, initial));
        yield return Blocks.Input(Fields.Cut, "Hold the date: scope to cut", Elements.TextInput(
            ConflictLimits.ScopeItems * (ConflictLimits.ScopeItem + 2), multiline: true, placeholder: string.Join(", ", view.ScopeAtRisk.Take(3))),
            optional: true, hint: "Separate items with commas.");
        yield return Blocks.Input(Fields.NewDate, "Move the date: new release date", Elements.DatePicker(), optional: true);
        yield return Blocks.Input(Fields.Phases, "Phased release: one phase a line, date first", Elements.TextInput(
            ConflictLimits.Phases * (ConflictLimits.ScopeItem + 12), multiline: true, placeholder: "2026-12-15 Faster checkout"),
            optional: true, hint: "e.g. 2026-12-15 Faster checkout, then 2027-01-10 SSO on the next line.");
        yield return Blocks.Input(Fields.Description, "Other: what will be done", Elements.TextInput(ConflictLimits.LongText, multiline: true), optional: true);
        yield return Blocks.Input(Fields.Rationale, "Why, in customer terms?", Elements.TextInput(ConflictLimits.LongText, multiline: true));
    }
}
