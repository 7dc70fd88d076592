using System.Globalization;
using System.Text;
using BridgeBot.Bench.Scenarios;

namespace BridgeBot.Bench;

/// <summary>Everything one run measured, as the Markdown that goes into bench/README.md (a scenario not run is null).</summary>
internal sealed record BenchReport(
    DateTimeOffset At,
    string Machine,
    IReadOnlyList<TurnFigures>? TeamsHelp,
    TurnFigures? Approvals,
    TurnFigures? SlackAcks,
    StorageFigures? Storage,
    long BaselineRssBytes,
    long PeakRssBytes,
    IReadOnlyList<MemoryFigures>? HostMemory)
{
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"Run {At:yyyy-MM-dd HH:mm} UTC on {Machine}."));
        md.AppendLine();
        if (TeamsHelp is not null)
        {
            AppendTeamsHelp(md, TeamsHelp);
        }

        if (Approvals is not null)
        {
            md.AppendLine(Inv($"**(2) Teams `Action.Execute` approvals** on {Approvals.Sent} distinct conflicts at {Approvals.Bot.Concurrency} connections: {Approvals.Bot.PerSecond:F0}/s (bare {Approvals.Baseline.PerSecond:F0}/s, ratio {Approvals.Ratio:P0}), p50 {Approvals.Bot.P50Ms:F1} ms, p99 {Approvals.Bot.P99Ms:F1} ms; channel cards updated: {Approvals.Delivered}; failures: {Approvals.Bot.Failures}."));
            md.AppendLine();
        }

        if (SlackAcks is not null)
        {
            md.AppendLine(Inv($"**(3) Slack slash-command acks** at {SlackAcks.Bot.Concurrency} connections (the round with the median p99 of {SlackAcks.Rounds.Count}; p99 over all rounds {SlackAcks.Spread(round => round.Bot.P99Ms, "F1")} ms, the ack path alone {SlackAcks.Spread(round => round.AckOnly?.P99Ms ?? double.NaN, "F1")} ms): p50 {SlackAcks.Bot.P50Ms:F1} ms, p99 {SlackAcks.Bot.P99Ms:F1} ms ({SlackAcks.Bot.PerSecond:F0}/s; bare p99 {SlackAcks.Baseline.P99Ms:F1} ms, ratio {SlackAcks.Ratio:P0}); commands sent {SlackAcks.Sent}, shed with a “very busy” answer {SlackAcks.Shed}, follow-ups that reached Slack {SlackAcks.Delivered}; failures: {SlackAcks.Bot.Failures}. The ack path alone (`help`, answered in the ack, no work after it) at the same connections: p50 {SlackAcks.AckOnly?.P50Ms:F1} ms, p99 {SlackAcks.AckOnly?.P99Ms:F1} ms ({SlackAcks.AckOnly?.PerSecond:F0}/s). CPU of the whole process per request: bare {SlackAcks.Baseline.CpuMicrosPerRequest:F0} µs, ack alone {SlackAcks.AckOnly?.CpuMicrosPerRequest:F0} µs, command with its follow-up {SlackAcks.Bot.CpuMicrosPerRequest:F0} µs; managed allocation per request: bare {SlackAcks.Baseline.AllocatedKbPerRequest:F1} KB, ack alone {SlackAcks.AckOnly?.AllocatedKbPerRequest:F1} KB, command with its follow-up {SlackAcks.Bot.AllocatedKbPerRequest:F1} KB."));
            md.AppendLine();
        }

        if (Storage is not null)
        {
            AppendStorage(md, Storage);
        }

        if (HostMemory is not null)
        {
            AppendHostMemory(md, HostMemory);
        }

        md.AppendLine(Inv($"For reference, the whole benchmark process (host in process, load generator, fake peers) peaked at {PeakRssBytes / 1048576.0:F0} MB ({BaselineRssBytes / 1048576.0:F0} MB before the host started)."));
        return md.ToString();
    }

    private static void AppendTeamsHelp(StringBuilder md, IReadOnlyList<TurnFigures> teamsHelp)
    {
        md.AppendLine(Inv($"**(1) Teams `help` in a personal chat** (reply delivered to the connector) vs. the bare endpoint; each row is the round with the median ratio of {teamsHelp[0].Rounds.Count} (baseline and bot measured in turn), with the spread of all rounds:"));
        md.AppendLine();
        md.AppendLine("| connections | bare req/s | bot turns/s | ratio | ratio, all rounds | bot p50 ms | bot p99 ms | bot p99 ms, all rounds | bare p99 ms | CPU µs per bare req | CPU µs per turn | KB allocated per bare req | KB allocated per turn | sent | delivered | failed |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in teamsHelp)
        {
            md.AppendLine(Inv($"| {run.Bot.Concurrency} | {run.Baseline.PerSecond:F0} | {run.Bot.PerSecond:F0} | {run.Ratio:P0} | {run.Spread(round => round.Ratio * 100, "F0")} % | {run.Bot.P50Ms:F1} | {run.Bot.P99Ms:F1} | {run.Spread(round => round.Bot.P99Ms, "F1")} | {run.Baseline.P99Ms:F1} | {run.Baseline.CpuMicrosPerRequest:F0} | {run.Bot.CpuMicrosPerRequest:F0} | {run.Baseline.AllocatedKbPerRequest:F1} | {run.Bot.AllocatedKbPerRequest:F1} | {run.Sent} | {run.Delivered} | {run.Bot.Failures} |"));
        }

        md.AppendLine();
    }

    private static void AppendStorage(StringBuilder md, StorageFigures storage)
    {
        md.AppendLine(Inv($"**(4) Storage**: a proposal costs {storage.ChangeRequests} round trips, of which {storage.ChangeWrites} write(s); the approval that decides costs {storage.DecisionRequests}, of which {storage.DecisionWrites} write(s) (the transaction, and the decision's retrospective due entry, which lives in another partition). Rows read to build the digest of a workspace with 19 open conflicts and 1 decision today:"));
        md.AppendLine();
        md.AppendLine("| decided history | rows read | requests |");
        md.AppendLine("|---:|---:|---:|");
        foreach (var (history, rows, requests) in storage.DigestRows)
        {
            md.AppendLine(Inv($"| {history} | {rows} | {requests} |"));
        }

        md.AppendLine();
    }

    private static void AppendHostMemory(StringBuilder md, IReadOnlyList<MemoryFigures> hostMemory)
    {
        md.AppendLine("**(5) Memory of the host alone** (`dotnet BridgeBot.Host.dll` in its own process, under the load of (1) at the highest connection count; resident set from `/proc/{pid}/status`):");
        md.AppendLine();
        md.AppendLine("| GC | idle RSS MB | peak RSS MB | turns/s | p99 ms | delivered | failed |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var run in hostMemory)
        {
            md.AppendLine(Inv($"| {run.Gc} | {run.IdleRssBytes / 1048576.0:F0} | {run.PeakRssBytes / 1048576.0:F0} | {run.Load.PerSecond:F0} | {run.Load.P99Ms:F1} | {run.Delivered} | {run.Load.Failures} |"));
        }

        md.AppendLine();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
