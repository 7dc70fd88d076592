using System.Globalization;
using System.Text;
using BridgeBot.Bench.Scenarios;

namespace BridgeBot.Bench;

/// <summary>Everything one run measured, as the Markdown that goes into bench/README.md.</summary>
internal sealed record BenchReport(
    DateTimeOffset At,
    string Machine,
    IReadOnlyList<TurnFigures> TeamsHelp,
    TurnFigures Approvals,
    TurnFigures SlackAcks,
    StorageFigures Storage,
    long BaselineRssBytes,
    long PeakRssBytes)
{
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"Run {At:yyyy-MM-dd HH:mm} UTC on {Machine}."));
        md.AppendLine();
        md.AppendLine("**(1) Teams `help` in a personal chat** (reply delivered to the connector) vs. the bare endpoint:");
        md.AppendLine();
        md.AppendLine("| connections | bare req/s | bot turns/s | ratio | bot p50 ms | bot p99 ms | bare p99 ms | sent | delivered | failed |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in TeamsHelp)
        {
            md.AppendLine(Inv($"| {run.Bot.Concurrency} | {run.Baseline.PerSecond:F0} | {run.Bot.PerSecond:F0} | {run.Ratio:P0} | {run.Bot.P50Ms:F1} | {run.Bot.P99Ms:F1} | {run.Baseline.P99Ms:F1} | {run.Sent} | {run.Delivered} | {run.Bot.Failures} |"));
        }

        md.AppendLine();
        md.AppendLine(Inv($"**(2) Teams `Action.Execute` approvals** on {Approvals.Sent} distinct conflicts at {Approvals.Bot.Concurrency} connections: {Approvals.Bot.PerSecond:F0}/s (bare {Approvals.Baseline.PerSecond:F0}/s, ratio {Approvals.Ratio:P0}), p50 {Approvals.Bot.P50Ms:F1} ms, p99 {Approvals.Bot.P99Ms:F1} ms; channel cards updated: {Approvals.Delivered}; failures: {Approvals.Bot.Failures}."));
        md.AppendLine();
        md.AppendLine(Inv($"**(3) Slack slash-command acks** at {SlackAcks.Bot.Concurrency} connections: p50 {SlackAcks.Bot.P50Ms:F1} ms, p99 {SlackAcks.Bot.P99Ms:F1} ms ({SlackAcks.Bot.PerSecond:F0}/s; bare p99 {SlackAcks.Baseline.P99Ms:F1} ms, ratio {SlackAcks.Ratio:P0}); commands sent {SlackAcks.Sent}, shed with a “very busy” answer {SlackAcks.Shed}, follow-ups that reached Slack {SlackAcks.Delivered}; failures: {SlackAcks.Bot.Failures}."));
        md.AppendLine();
        md.AppendLine(Inv($"**(4) Storage**: one approval costs {Storage.ChangeRequests} round trips, of which {Storage.ChangeWrites} write(s). Rows read to build the digest of a workspace with 19 open conflicts and 1 decision today:"));
        md.AppendLine();
        md.AppendLine("| decided history | rows read | requests |");
        md.AppendLine("|---:|---:|---:|");
        foreach (var (history, rows, requests) in Storage.DigestRows)
        {
            md.AppendLine(Inv($"| {history} | {rows} | {requests} |"));
        }

        md.AppendLine();
        md.AppendLine(Inv($"**(5) Memory**: peak working set of the benchmark process {PeakRssBytes / 1048576.0:F0} MB (before the host started: {BaselineRssBytes / 1048576.0:F0} MB); it holds the host, the load generator and the fake peers — Azurite runs in its own process."));
        return md.ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
