using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Background;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Endpoints;

/// <summary>
/// <c>POST /api/slack/commands</c>. Slack waits 3 seconds for an answer, so the edge answers at once: a mistake or
/// <c>help</c> is answered in the acknowledgement itself (no storage, no Web API); anything else is queued and
/// acknowledged with a private "on it", and its result is posted after. A repeat of the same invocation (same
/// trigger id) is acknowledged and dropped.
/// </summary>
internal static class SlashCommandEndpoint
{
    public const string Route = "/api/slack/commands";

    public static async Task HandleAsync(
        HttpContext http, SlackSignatureVerifier verifier, RecentDeliveries recent, SlackBacklog backlog, SlashCommandHandler handler, ILoggerFactory loggers)
    {
        if (await SlackRequestReader.ReadVerifiedAsync(http, verifier, loggers.CreateLogger(typeof(SlashCommandEndpoint))).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (SlashCommand.Parse(body) is not { } command)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (command.TriggerId is { } trigger && !recent.TryClaim("command:" + trigger))
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var parsed = CommandParser.Parse(command.Text);
        if (!parsed.IsSuccess)
        {
            await SlackResponses.EphemeralAsync(http, ReplyMessages.Problem(parsed.Error.Message, parsed.Error.Example)).ConfigureAwait(false);
            return;
        }

        if (parsed.Command is HelpCommand help)
        {
            await SlackResponses.EphemeralAsync(http, ReplyMessages.Render(CommandRouter.Help(help), new UserRef(command.UserId))).ConfigureAwait(false);
            return;
        }

        var queued = backlog.TryEnqueue(new SlackWorkItem("command " + parsed.Command.Name, command.TeamId, ct => handler.HandleAsync(command, parsed.Command, ct)));
        if (!queued)
        {
            await SlackResponses.EphemeralAsync(http, ReplyMessages.Text("BridgeBot is very busy right now; nothing was done. Please try again in a minute."))
                .ConfigureAwait(false);
            return;
        }

        if (OpensAForm(parsed.Command))
        {
            // The modal is the answer; a message as well would only be noise.
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await SlackResponses.EphemeralAsync(http, ReplyMessages.Text($"On it: `{Texts.Cut(ReplyMessages.Command + " " + command.Text, 200)}`")).ConfigureAwait(false);
    }

    private static bool OpensAForm(BridgeCommand command) => command switch
    {
        OpenCommand open => !open.Draft.IsComplete,
        ReasonCommand reason => reason.Input is null,
        ProposeCommand propose => propose.Option is null,
        _ => false,
    };
}
