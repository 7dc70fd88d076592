using System.Collections.Concurrent;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Handling;

/// <summary>
/// The names Slack shows for people (<c>users.info</c>), cached for an hour. Slack sends only ids in mentions and
/// pickers; the domain keeps names in its log and messages, so ids are named before a command reaches it. When Slack
/// cannot say, the person keeps the name they came with (or their id): a name is never worth failing a request for.
/// </summary>
public sealed partial class SlackDirectory(SlackApiClient api, TimeProvider time, ILogger<SlackDirectory> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<(string Team, string User), (string Name, DateTimeOffset At)> names = new();

    public async Task<UserRef> PersonAsync(string teamId, string token, string userId, string? knownName, CancellationToken cancellationToken)
    {
        if (!SlackIds.IsUser(userId))
        {
            return new UserRef(userId, knownName);
        }

        var now = time.GetUtcNow();
        if (names.TryGetValue((teamId, userId), out var cached) && now - cached.At < CacheFor)
        {
            return new UserRef(userId, cached.Name);
        }

        try
        {
            if (await api.GetUserNameAsync(token, userId, cancellationToken).ConfigureAwait(false) is { } name)
            {
                names[(teamId, userId)] = (name, now);
                return new UserRef(userId, name);
            }
        }
        catch (Exception failure) when (failure is SlackApiException or HttpRequestException)
        {
            LogUnnamed(userId, teamId, failure.Message);
        }

        return new UserRef(userId, knownName);
    }

    /// <summary>The command with the people it names named (the managers of an open, the escalation approver).</summary>
    public async Task<BridgeCommand> NameAsync(string teamId, string token, BridgeCommand command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case OpenCommand open:
                var draft = open.Draft with
                {
                    ProductManager = await NamedAsync(open.Draft.ProductManager).ConfigureAwait(false),
                    ProjectManager = await NamedAsync(open.Draft.ProjectManager).ConfigureAwait(false),
                };
                return open with { Draft = draft };
            case EscalateToCommand { Approver: { } approver } escalateTo:
                return escalateTo with { Approver = await NamedAsync(approver).ConfigureAwait(false) };
            default:
                return command;
        }

        async Task<UserRef?> NamedAsync(UserRef? person) =>
            person is null ? null : await PersonAsync(teamId, token, person.Id, person.DisplayName == person.Id ? null : person.DisplayName, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not look up the name of {UserId} in {TeamId}: {Reason}")]
    private partial void LogUnnamed(string userId, string teamId, string reason);
}
