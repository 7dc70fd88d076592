namespace BridgeBot.Bench.Scenarios;

/// <summary>Storage round trips of one state change, and rows read for a digest at each history size.</summary>
/// <param name="ChangeRequests">HTTP requests to storage for one approval (reads and the write).</param>
/// <param name="ChangeWrites">Of those, the writes (target: one transaction).</param>
/// <param name="DigestRows">Per decided-history size: entities read and requests made to build a digest.</param>
internal sealed record StorageFigures(int ChangeRequests, int ChangeWrites, IReadOnlyList<(int History, int Rows, int Requests)> DigestRows);
