using System.Text.Json.Nodes;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Rendering.Sections;

/// <summary>The top of the conflict message: id and release, state, deadline, managers, scope, and where it stands.</summary>
internal static class ConflictFacts
{
    public static IEnumerable<JsonObject> Build(ConflictView view, BlockList list)
    {
        yield return Blocks.Header($"{view.Id} · {view.Release}");
        yield return Blocks.Fields(
        [
            Mrkdwn.Bold("State") + "\n" + Mrkdwn.Escape(DisplayText.State(view.State)),
            Mrkdwn.Bold("Deadline") + "\n" + Mrkdwn.Escape(DisplayText.DueDate(view.Deadline, view.DaysToDeadline, view.OriginalDeadline)),
            Mrkdwn.Bold("Product manager") + "\n" + Mrkdwn.User(view.ProductManager),
            Mrkdwn.Bold("Project manager") + "\n" + Mrkdwn.User(view.ProjectManager),
            Mrkdwn.Bold("Scope at risk") + "\n" + list.Fit(string.Join(", ", view.ScopeAtRisk), BlockKitLimits.FieldText - 20),
        ]);
        yield return Blocks.Context(list.Fit(view.StatusLine, BlockKitLimits.FieldText));
    }

    /// <summary>"Opened by @dev · 2026-11-22 09:30 UTC".</summary>
    public static JsonObject Footer(ConflictView view) =>
        Blocks.Context($"Opened by {Mrkdwn.User(view.OpenedBy)} · {Mrkdwn.Escape(DisplayText.Time(view.OpenedAt))}");
}
