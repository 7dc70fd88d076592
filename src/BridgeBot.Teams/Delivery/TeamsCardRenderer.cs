using System.Globalization;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Cards.Json;
using BridgeBot.Teams.Protocol;

namespace BridgeBot.Teams.Delivery;

/// <summary>
/// Turns channel-neutral replies into Teams messages (Adaptive Card attachments). Pure: no I/O, no rules —
/// what a viewer may do comes from the view.
/// </summary>
public static class TeamsCardRenderer
{
    /// <summary>The viewer of shared copies: nobody in particular, so the card shows status only (managers get their own view by refresh).</summary>
    public static readonly UserRef Everyone = new("teams:everyone", "everyone");

    /// <summary>The conflict card as <paramref name="viewer"/> sees it.</summary>
    public static JsonObject ConflictCardFor(ReleaseConflict conflict, UserRef viewer, WorkspaceSettings settings, DateOnly today, string? notice = null) =>
        ConflictCard.Render(ConflictViewBuilder.For(conflict, viewer, settings, today), notice);

    /// <summary>The private reasoning request a manager gets in their 1:1 chat.</summary>
    public static JsonObject ReasoningRequest(ConflictOutcome outcome, UserRef manager, UserRef requestedBy) =>
        ReasoningRequestCard.Render(outcome.ViewFor(manager)!, requestedBy);

    /// <summary>A card for any reply that is answered with a new message (not a conflict change).</summary>
    public static JsonObject Render(CommandReply reply, UserRef viewer, IReadOnlyList<UserRef> people) => reply switch
    {
        HelpReply help => HelpCard.Render(help),
        ErrorReply error => MessageCard.Render(error),
        OpenFormReply form => OpenFormCard.Render(form, people),
        ReasoningFormReply { Outcome: { Refusal: { } refusal } } => MessageCard.Render(refusal),
        ReasoningFormReply form => ReasoningRequestCard.Render(form.Outcome.ViewFor(viewer)!, null),
        ProposalFormReply { Outcome: { Refusal: { } refusal } } => MessageCard.Render(refusal),
        ProposalFormReply form => ProposalFormCard.Render(form.Outcome.ViewFor(viewer)!),
        ConflictListReply list => ConflictListCard.Render(list),
        DecisionLogReply log => DecisionLogCard.Render(log),
        ConflictLogReply { Outcome: { Refusal: { } refusal } } => MessageCard.Render(refusal),
        ConflictLogReply log => ConflictLogCard.Render(log),
        ExportReply export => ExportCard(export),
        ApproverReply approver => MessageCard.Render(ApproverText(approver), problem: approver.Refusal is not null),
        DigestSubscriptionReply subscription => MessageCard.Render(subscription.Text),
        DigestReply digest => DigestDetailsCard.Render(digest.Digest, withTitle: true),
        ConflictReply { Outcome: { Refusal: { } refusal } } => MessageCard.Render(refusal),
        ConflictReply conflict => ConflictCard.Render(conflict.Outcome.ViewFor(viewer)!),
        _ => MessageCard.Render("I have no answer to show for that."),
    };

    /// <summary>A message activity carrying <paramref name="card"/>.</summary>
    public static Activity Message(JsonObject card) => WithCard(new Activity { Type = ActivityTypes.Message }, card);

    /// <summary>A new message carrying <paramref name="card"/> from the bot into the conversation of <paramref name="to"/>.</summary>
    public static Activity MessageTo(ConversationReference to, JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(to);
        var message = Message(card);
        message.From = to.Bot;
        message.Recipient = to.User;
        message.Conversation = to.Conversation;
        message.ChannelId = to.ChannelId;
        message.ServiceUrl = to.ServiceUrl;
        return message;
    }

    /// <summary>A reply to <paramref name="activity"/> (same conversation, threaded) carrying <paramref name="card"/>.</summary>
    public static Activity ReplyWithCard(Activity activity, JsonObject card) => WithCard(activity.CreateReply(), card);

    /// <summary>A reply to <paramref name="activity"/> (same conversation, threaded) carrying a card prepared once.</summary>
    public static Activity ReplyWithCard(Activity activity, PreparedCard card) => WithCard(activity.CreateReply(), card);

    /// <summary>
    /// A reply to <paramref name="activity"/> carrying the card of <paramref name="reply"/> (<see cref="Render"/>); help,
    /// which never changes, goes as the card prepared once per topic.
    /// </summary>
    public static Activity ReplyWithCard(Activity activity, CommandReply reply, UserRef viewer, IReadOnlyList<UserRef> people) =>
        reply is HelpReply help ? ReplyWithCard(activity, HelpCard.Prepare(help)) : ReplyWithCard(activity, Render(reply, viewer, people));

    private static Activity WithCard(Activity message, object card)
    {
        message.Attachments = [new Attachment { ContentType = CardJson.ContentType, Content = card }];
        return message;
    }

    private static string ApproverText(ApproverReply reply) => reply switch
    {
        { Refusal: { } refusal } => refusal.Message,
        { Changed: true, Settings.EscalationApprover: { } approver } =>
            $"{approver} is now the escalation approver of this workspace. {Threshold(reply.Settings)}",
        { Settings.EscalationApprover: { } approver } =>
            $"{approver} is the escalation approver of this workspace. {Threshold(reply.Settings)} Change it with `escalate-to @person [days]`.",
        _ => "This workspace has no escalation approver yet, so conflicts close to their deadline only show in the digest. Set one with `escalate-to @person [days]`.",
    };

    private static string Threshold(WorkspaceSettings settings) =>
        $"Conflicts still undecided {settings.EscalationThresholdDays.ToString(CultureInfo.InvariantCulture)} working days before their deadline are escalated to them.";

    // Teams bots cannot attach a file without the file-consent flow, so the CSV is shown as text, shortened to fit a card.
    private static JsonObject ExportCard(ExportReply export)
    {
        const int MaxCharacters = 20_000;
        var csv = export.Csv.Length <= MaxCharacters ? export.Csv : export.Csv[..MaxCharacters];
        var note = export.Csv.Length <= MaxCharacters
            ? $"{export.Rows.ToString(CultureInfo.InvariantCulture)} decisions ({export.FileName})"
            : $"{export.Rows.ToString(CultureInfo.InvariantCulture)} decisions; the first {MaxCharacters.ToString(CultureInfo.InvariantCulture)} characters are shown.";
        return MessageCard.Render(note + "\n\n" + csv);
    }
}
