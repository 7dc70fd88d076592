using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Slack.Background;
using BridgeBot.Slack.Hosting;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Endpoints;

/// <summary>
/// <c>POST /api/slack/interactions</c>: button clicks are acknowledged at once and handled after; a modal's
/// submission waits for its answer for <see cref="SlackOptions.SubmissionBudget"/> (under Slack's 3 seconds) so that
/// refusals show under the inputs they are about, and otherwise closes the modal and lets the work finish.
/// </summary>
internal static partial class InteractionsEndpoint
{
    public const string Route = "/api/slack/interactions";

    public const string NotSaved = "BridgeBot could not finish this just now (storage or Slack did not answer), so nothing was saved. Please submit again.";

    public static async Task HandleAsync(
        HttpContext http,
        SlackSignatureVerifier verifier,
        RecentDeliveries recent,
        SlackBacklog backlog,
        SlackInteractionRouter router,
        IOptions<SlackOptions> options,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(InteractionsEndpoint));
        if (await SlackRequestReader.ReadVerifiedAsync(http, verifier, logger).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (Payload(body) is not { } payload)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        switch (JsonPath.Text(payload, "type"))
        {
            case "block_actions" when BlockAction.From(payload) is { } click && Claim(recent, click.TriggerId):
                if (!backlog.TryEnqueue(new SlackWorkItem("click " + click.ActionId, click.TeamId, ct => router.ClickAsync(click, ct))))
                {
                    LogBusy(logger, click.ActionId);
                }

                break;
            case "view_submission" when ViewSubmission.From(payload) is { } submission && router.ModalFor(submission.CallbackId) is { } spec:
                if (Claim(recent, submission.TriggerId))
                {
                    var answer = await SubmitAsync(submission, spec, backlog, router, options.Value.SubmissionBudget, time, http.RequestAborted).ConfigureAwait(false);
                    if (answer.ToJson() is { } errors)
                    {
                        await SlackResponses.JsonAsync(http, errors).ConfigureAwait(false);
                    }
                }

                break;
        }
    }

    private static async Task<ViewAnswer> SubmitAsync(
        ViewSubmission submission, ModalSpec spec, SlackBacklog backlog, SlackInteractionRouter router, TimeSpan budget, TimeProvider time, CancellationToken aborted)
    {
        var answer = new TaskCompletionSource<ViewAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queued = backlog.TryEnqueue(new SlackWorkItem("submit " + submission.CallbackId, submission.TeamId, async ct =>
        {
            try
            {
                await router.SubmitAsync(submission, spec, answer, ct).ConfigureAwait(false);
            }
            finally
            {
                // Whatever failed is logged by the worker; the person learns that nothing was saved.
                answer.TrySetResult(ViewAnswer.Error(spec.Fields[0], NotSaved));
            }
        }));
        if (!queued)
        {
            return ViewAnswer.Error(spec.Fields[0], NotSaved);
        }

        try
        {
            return await answer.Task.WaitAsync(budget, time, aborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Too slow to answer in the modal: close it; the work goes on and tells the person of a refusal by DM.
            answer.TrySetCanceled(CancellationToken.None);
            return ViewAnswer.Close;
        }
    }

    private static bool Claim(RecentDeliveries recent, string? triggerId) => triggerId is null || recent.TryClaim("interaction:" + triggerId);

    private static JsonObject? Payload(string body)
    {
        var form = QueryHelpers.ParseQuery(body);
        if (!form.TryGetValue("payload", out var payload))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(payload.ToString()) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a click on {ActionId}: the work backlog is full")]
    private static partial void LogBusy(ILogger logger, string actionId);
}
