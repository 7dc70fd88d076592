namespace BridgeBot.Bench.Scenarios;

/// <summary>Storage round trips of state changes, and rows read for a digest at each history size.</summary>
/// <param name="ChangeRequests">HTTP requests to storage for a proposal, a change that does not decide (reads and the write).</param>
/// <param name="ChangeWrites">Of those, the writes (target: one transaction).</param>
/// <param name="DecisionRequests">HTTP requests for the approval that decides.</param>
/// <param name="DecisionWrites">Of those, the writes: the transaction and the retrospective's due entry in its own partition.</param>
/// <param name="DigestRows">Per decided-history size: entities read and requests made to build a digest.</param>
internal sealed record StorageFigures(
    int ChangeRequests, int ChangeWrites, int DecisionRequests, int DecisionWrites, IReadOnlyList<(int History, int Rows, int Requests)> DigestRows);
