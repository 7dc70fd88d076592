using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;

namespace BridgeBot.Slack.Rendering.Modals;

/// <summary>The retrospective modal a Yes/Partly/No button opens: the answer (as clicked, still changeable) and a sentence.</summary>
public static class RetrospectiveModal
{
    /// <summary>The block ids, which are also the field names of the domain's refusals.</summary>
    public static class Fields
    {
        /// <summary>Yes, partly or no.</summary>
        public const string Answer = "answer";

        /// <summary>What actually happened.</summary>
        public const string Comment = "comment";
    }

    /// <summary>The answers with their labels, in the order the buttons show them.</summary>
    public static IReadOnlyList<(ImpactHappened Answer, string Label)> Answers { get; } =
        [.. ImpactText.Answers.Select(answer => (answer, ImpactText.Label(answer)))];

    /// <summary>The select's value of <paramref name="answer"/>: the word the <c>retro</c> command reads.</summary>
    public static string Value(ImpactHappened answer) => ImpactText.Word(answer);

    /// <summary>The answer a select value stands for; null when it is none of them.</summary>
    public static ImpactHappened? Parse(string? value) => ImpactText.FromWord(value);

    /// <summary>The action id of the button that answers <paramref name="answer"/>.</summary>
    public static string ButtonFor(ImpactHappened answer) => answer switch
    {
        ImpactHappened.Yes => SlackActionIds.RetroYes,
        ImpactHappened.Partly => SlackActionIds.RetroPartly,
        _ => SlackActionIds.RetroNo,
    };

    public static JsonObject Render(ConflictId id, ImpactHappened answer, string? channelId)
    {
        JsonObject[] blocks =
        [
            Blocks.Section(Mrkdwn.Escape($"Did the customer impact you predicted for {id} happen?")),
            Blocks.Input(Fields.Answer, "Did it happen?", Elements.Select([.. Answers.Select(choice => (Value(choice.Answer), choice.Label))], Value(answer))),
            Blocks.Input(Fields.Comment, "In a sentence: what actually happened for customers?", Elements.TextInput(ConflictLimits.Reason, multiline: true)),
        ];
        return ModalView.Create(SlackCallbackIds.Retro, $"Retrospective {id}", "Send", blocks, ModalMetadata.For(id, null, channelId));
    }
}
