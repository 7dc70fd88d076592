using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Forms;

/// <summary>
/// The inputs of an option (what to do) and its rationale, shared by the proposal form and the approver's
/// decision form. Adaptive Cards 1.5 cannot show inputs depending on a choice, so every option's fields are
/// there, each labelled with the option it belongs to; the domain says which one is missing.
/// </summary>
internal static class OptionForm
{
    /// <summary>The inputs; with <paramref name="confirmable"/>, the first choice confirms that proposal instead.</summary>
    public static IEnumerable<JsonNode> Inputs(OptionFormIds ids, ConflictView view, string question, Proposal? confirmable = null)
    {
        var choices = ChoiceLists.OptionKinds.ToList();
        if (confirmable is not null)
        {
            choices.Insert(0, ($"Confirm proposal #{DisplayText.Number(confirmable.Number)}", CardInputIds.Decide.ConfirmProposal));
        }

        var nextDay = view.Deadline.AddDays(1);
        var inputs = new List<JsonNode>
        {
            ChoiceSet(ids.OptionKind, question, choices, required: "Choose an option.",
                value: confirmable is null ? null : CardInputIds.Decide.ConfirmProposal),
            InputText(ids.CutItems, "Hold the date: scope to cut, separated by commas", placeholder: "e.g. audit export"),
            InputDate(ids.NewDate, "Move the date: the new release date", min: nextDay),
            Label("Phased release: what ships when"),
        };
        for (var phase = 1; phase <= OptionFormIds.PhaseRows; phase++)
        {
            var number = DisplayText.Number(phase);
            inputs.Add(ColumnSet(
                Column([InputText(ids.PhaseScope(phase), $"Phase {number} scope")]),
                Column([InputDate(ids.PhaseDate(phase), $"Phase {number} date")], width: "auto")));
        }

        inputs.Add(InputText(ids.Description, "Other: describe the option", multiline: true, maxLength: ConflictLimits.LongText));
        inputs.Add(InputText(ids.Rationale, "Why, in customer terms?", required: "Say why, in customer terms.",
            multiline: true, maxLength: ConflictLimits.LongText));
        return inputs;
    }

    /// <summary>The button that sends the proposal form.</summary>
    public static JsonObject SubmitProposal(ConflictView view) =>
        Execute("Send proposal", CardVerbs.SubmitProposal, ActionData.For(view), style: "positive");
}
