using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;

namespace BridgeBot.Slack.Rendering.Modals;

/// <summary>The one-question modal of reject, escalate, withdraw and reopen: the domain asks each of them for a reason.</summary>
public static class ReasonModal
{
    /// <summary>The block id of the reason, which is also the field name of the domain's refusals.</summary>
    public const string Field = "reason";

    private static readonly Dictionary<string, (string Title, string Question, string Submit)> Wording = new(StringComparer.Ordinal)
    {
        [SlackCallbackIds.Reject] = ("Reject proposal #{0}", "Why do you reject it? The next proposal can address it.", "Reject"),
        [SlackCallbackIds.Escalate] = ("Escalate {1}", "Why escalate? What is stuck?", "Escalate"),
        [SlackCallbackIds.Withdraw] = ("Withdraw {1}", "Why withdraw it?", "Withdraw"),
        [SlackCallbackIds.Reopen] = ("Reopen {1}", "What changed since the decision?", "Reopen"),
    };

    /// <summary>The callback ids this modal serves.</summary>
    public static IReadOnlyCollection<string> CallbackIds => Wording.Keys;

    public static JsonObject Render(string callbackId, ConflictView view, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!Wording.TryGetValue(callbackId, out var wording))
        {
            throw new ArgumentOutOfRangeException(nameof(callbackId), callbackId, "Not a reason modal.");
        }

        var proposal = view.Proposal?.Number;
        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, wording.Title, proposal, view.Id);
        JsonObject[] blocks =
        [
            Blocks.Section(Mrkdwn.Bold(Mrkdwn.Escape($"{view.Id} · {view.Release}")) + "\n" + Mrkdwn.Fit(view.StatusLine, 2000)),
            Blocks.Input(Field, wording.Question, Elements.TextInput(ConflictLimits.Reason, multiline: true)),
        ];
        return ModalView.Create(callbackId, title, wording.Submit, blocks, ModalMetadata.For(view.Id, proposal, channelId));
    }
}
