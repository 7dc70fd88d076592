using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;
using Fields = BridgeBot.Domain.Conflicts.ReasoningInput.Fields;

namespace BridgeBot.Slack.Rendering.Modals;

/// <summary>
/// A manager's reasoning modal, for the role the view says they write (<see cref="ConflictView.ReasoningRole"/>),
/// filled in with their earlier reasoning when they revise it. Block ids are <see cref="ReasoningInput.Fields"/>, so a
/// refusal's field names the input it is about.
/// </summary>
public static class ReasoningModal
{
    public static JsonObject Render(ConflictView view, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(view);
        var role = view.ReasoningRole ?? throw new ArgumentException("The viewer may not write reasoning now.", nameof(view));
        var own = (role == ManagerRole.Product ? view.Product : view.Project).Reasoning;
        JsonObject[] blocks =
        [
            Blocks.Section($"{Mrkdwn.Bold(Mrkdwn.Escape($"{view.Id} · {view.Release}"))}, as {DisplayText.Role(role)}. " +
                Mrkdwn.Escape("Answer in customer terms. The other manager sees your answers only once both of you have submitted.")),
            Blocks.Input(Fields.ImpactIfDateHolds, "If we hold the date and cut scope, what do customers lose?",
                Elements.TextInput(ConflictLimits.LongText, own?.ImpactIfDateHolds, multiline: true)),
            Blocks.Input(Fields.ImpactIfDateMoves, "If we move the date, what do customers lose?",
                Elements.TextInput(ConflictLimits.LongText, own?.ImpactIfDateMoves, multiline: true)),
            Blocks.Input(Fields.AffectedCustomers, "Which customers are affected?",
                Elements.TextInput(ConflictLimits.LongText, own?.AffectedCustomers, multiline: true)),
            Blocks.Input(Fields.Severity, "How badly?", Elements.Select(Choices.Severities, own?.Severity.ToString().ToLowerInvariant())),
            Blocks.Input(Fields.PreferredOption, "Which option do you prefer?",
                Elements.Select(Choices.Options, own is null ? null : OptionKindText.Keyword(own.PreferredOption))),
            Blocks.Input(Fields.Notes, "Notes", Elements.TextInput(ConflictLimits.LongText, own?.Notes, multiline: true), optional: true),
        ];
        return ModalView.Create(SlackCallbackIds.Reason, own is null ? "Your reasoning" : "Revise your reasoning", "Submit", blocks,
            ModalMetadata.For(view.Id, null, channelId));
    }
}
