using System.Text.Json.Nodes;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;

namespace BridgeBot.Slack.Rendering.Modals;

/// <summary>The modal that opens a conflict, filled in with what <c>/bridge open</c> was given.</summary>
public static class OpenModal
{
    /// <summary>Block ids, which are also the field names of the domain's refusals.</summary>
    public static class Fields
    {
        public const string Release = "release";
        public const string Deadline = "deadline";
        public const string Scope = "scope";
        public const string ProductManager = "productManager";
        public const string ProjectManager = "projectManager";
    }

    public static JsonObject Render(OpenDraft draft, string channelId)
    {
        ArgumentNullException.ThrowIfNull(draft);
        JsonObject[] blocks =
        [
            Blocks.Section(Mrkdwn.Escape("A release is at risk: name it, its deadline, the scope that may not make it, and the two managers. " +
                "Both will be asked, privately, what customers lose either way.")),
            Blocks.Input(Fields.Release, "Release", Elements.TextInput(ConflictLimits.ReleaseName, draft.Release, placeholder: "Checkout 2.4")),
            Blocks.Input(Fields.Deadline, "Deadline", Elements.DatePicker(draft.Deadline)),
            Blocks.Input(Fields.Scope, "Scope at risk", Elements.TextInput(
                ConflictLimits.ScopeItems * (ConflictLimits.ScopeItem + 2), string.Join(", ", draft.ScopeAtRisk), multiline: true, placeholder: "SSO, audit export"),
                hint: "Separate items with commas."),
            Blocks.Input(Fields.ProductManager, "Product manager (the what and why)", Elements.UserSelect(draft.ProductManager?.Id)),
            Blocks.Input(Fields.ProjectManager, "Project manager (the when and how)", Elements.UserSelect(draft.ProjectManager?.Id)),
        ];
        return ModalView.Create(SlackCallbackIds.Open, "Open a conflict", "Open", blocks, new ModalMetadata(null, null, channelId));
    }
}
