namespace BridgeBot.Slack.Background;

/// <summary>Work that runs after Slack has been answered (storage, posting), with what its log lines name.</summary>
/// <param name="Name">What it is, e.g. <c>command open</c>; the delivery named in its log lines.</param>
/// <param name="TeamId">The Slack workspace it is for, named in every line it logs.</param>
/// <param name="RunAsync">The work; it tells the person about failures they can act on itself.</param>
public sealed record SlackWorkItem(string Name, string? TeamId, Func<CancellationToken, Task> RunAsync);
