using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts.Retrospectives;

/// <summary>One manager's look back at their own customer-impact prediction, after the decided release date passed.</summary>
/// <param name="DecisionNumber">The decision whose release it looks back on.</param>
/// <param name="Role">Whose prediction (the reasoning written for that decision).</param>
/// <param name="Answer">Whether the predicted impact happened.</param>
/// <param name="Comment">A sentence on what actually happened.</param>
/// <param name="By">The manager who answered.</param>
/// <param name="At">When.</param>
public sealed record RetrospectiveAnswer(
    int DecisionNumber,
    ManagerRole Role,
    ImpactHappened Answer,
    string Comment,
    UserRef By,
    DateTimeOffset At);
