using System.Globalization;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Text;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Rendering.Sections;

namespace BridgeBot.Slack.Home;

/// <summary>
/// The Home tab as <c>views.publish</c> takes it: the open conflicts, the latest decisions (drawn like the <c>log</c>
/// reply) and a button to the decision-log page. Pure, and every text of the workspace is escaped.
/// </summary>
public static class HomeView
{
    /// <summary>The decisions shown; the page behind the button has the rest.</summary>
    public const int ShownDecisions = 20;

    private const string ActionsBlockId = "bridge.home.log";

    public static JsonObject Render(HomeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var list = new BlockList();
        list.Add(Blocks.Header("BridgeBot · decision log"));
        list.Add(Blocks.Section(Mrkdwn.Escape(OpenLine(content.OpenConflicts))));
        list.Add(Blocks.Header("Latest decisions"));
        if (content.Decisions.Count == 0)
        {
            list.Add(Blocks.Section(Mrkdwn.Escape(
                $"Nothing has been decided yet. When a release is at risk, open a conflict in a channel, e.g. " +
                $"`{ReplyMessages.Command} {CommandHelp.ExampleOf(CommandNames.Open)}`, or type `{ReplyMessages.Command} open` for the form.")));
        }

        foreach (var record in content.Decisions.Take(ShownDecisions))
        {
            list.Add(DecisionRecordSection.Build(record, list));
        }

        list.Add(Blocks.Divider());
        foreach (var block in LogLinkSection.Build(ActionsBlockId, content.Link,
            "The whole log (search, filters, charts, CSV) is behind the button. The link is renewed each time you open this tab " +
            $"and works until {DisplayText.Time(content.Link.ExpiresAt)}."))
        {
            list.Add(block);
        }
        return new JsonObject { ["type"] = "home", ["blocks"] = list.ToArray(BlockKitLimits.HomeBlocks) };
    }

    private static string OpenLine(int open) => open switch
    {
        0 => "No conflicts are open in this workspace.",
        1 => $"1 conflict is open. See it with `{ReplyMessages.Command} list`.",
        _ => $"{open.ToString(CultureInfo.InvariantCulture)} conflicts are open. See them with `{ReplyMessages.Command} list`.",
    };
}
