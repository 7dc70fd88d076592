using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Rendering.Sections;

namespace BridgeBot.Slack.Rendering;

/// <summary>
/// The conflict message, drawn from one <see cref="ConflictView"/>: the channel copy from
/// <see cref="ConflictViewBuilder.ForChannel"/> (status only, every button someone involved may use), a manager's
/// private copy from their own view. Pure: every user text is escaped, every limit kept.
/// </summary>
public static class ConflictMessage
{
    /// <summary>Draws the message.</summary>
    /// <param name="view">The conflict as the copy's reader may see it.</param>
    /// <param name="notice">A line to show on top (e.g. why a click changed nothing); null for none.</param>
    public static SlackMessage Render(ConflictView view, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var list = new BlockList();
        if (notice is not null)
        {
            list.Add(Blocks.Section(":warning: " + list.Fit(notice, BlockKitLimits.SectionText - 20)));
        }

        list.AddRange(ConflictFacts.Build(view, list));
        list.Add(Blocks.Divider());
        list.Add(ReasoningFields.Build(view, list));
        list.AddRange(ProposalBlocks.Build(view, list));
        list.AddRange(DecisionBlocks.Build(view, list));
        list.AddRange(EscalationBlocks.Build(view, list));
        list.AddRange(ConflictButtons.Build(view));
        list.Add(ConflictFacts.Footer(view));
        return list.ToMessage($"{view.Id} · {view.Release}: {view.StatusLine}");
    }
}
