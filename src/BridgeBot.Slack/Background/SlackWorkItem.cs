namespace BridgeBot.Slack.Background;

/// <summary>Work that runs after Slack has been answered (storage, posting), with a name for the logs.</summary>
/// <param name="Name">What it is, e.g. <c>command open</c>.</param>
/// <param name="RunAsync">The work; it tells the person about failures they can act on itself.</param>
public sealed record SlackWorkItem(string Name, Func<CancellationToken, Task> RunAsync);
