using BridgeBot.Bench;

namespace BridgeBot.Bench.Tests;

/// <summary>
/// Keeps the benchmark harness from rotting: a tiny load through every scenario must produce a complete report.
/// It checks counts and shapes, never timings (the figures belong in bench/README.md, not in a test).
/// </summary>
public class BenchRunnerSmokeTests
{
    [Fact]
    public async Task QuickRun_ProducesACompleteReportWithEveryReplyDelivered()
    {
        var report = await BenchRunner.RunAsync(BenchOptions.Quick, TextWriter.Null);
        Assert.NotNull(report.TeamsHelp);
        Assert.NotNull(report.Approvals);
        Assert.NotNull(report.SlackAcks);
        Assert.NotNull(report.Storage);
        Assert.NotNull(report.HostMemory);

        Assert.Equal(BenchOptions.Quick.Concurrency, report.TeamsHelp.Select(run => run.Bot.Concurrency));
        Assert.All(report.TeamsHelp.SelectMany(run => run.Rounds), run =>
        {
            Assert.True(run.Sent > 0);
            Assert.Equal(0, run.Bot.Failures);
            Assert.Equal(run.Sent, run.Delivered);
        });
        Assert.All(report.TeamsHelp, run => Assert.Equal(BenchOptions.Quick.Rounds, run.Rounds.Count));
        Assert.Equal(0, report.Approvals.Bot.Failures);
        Assert.Equal(report.Approvals.Sent, report.Approvals.Delivered);
        Assert.Equal(BenchOptions.Quick.Rounds, report.SlackAcks.Rounds.Count);
        Assert.All(report.SlackAcks.Rounds, run =>
        {
            Assert.Equal(0, run.Bot.Failures);
            Assert.Equal(run.Sent - run.Shed, run.Delivered);
        });
        Assert.Equal(1, report.Storage.ChangeWrites);
        Assert.Equal(2, report.Storage.DecisionWrites); // the transaction and the retrospective's due entry
        Assert.Single(report.Storage.DigestRows.Select(row => row.Rows).Distinct());
        Assert.Equal(["server", "workstation"], report.HostMemory.Select(run => run.Gc));
        Assert.All(report.HostMemory, run =>
        {
            Assert.Equal(0, run.Load.Failures);
            Assert.True(run.Delivered >= run.Load.Requests, $"{run.Gc}: {run.Delivered} of {run.Load.Requests} delivered");
            Assert.True(run.PeakRssBytes >= run.IdleRssBytes);
        });
        Assert.Contains("Teams `help`", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemoryStudy_OneQuickRound_MeasuresEveryGcSetting()
    {
        var table = await MemoryStudy.RunAsync(1, BenchOptions.Quick, TextWriter.Null);

        foreach (var setting in MemoryStudy.Settings)
        {
            Assert.Contains($"| {setting.Name} | ", table, StringComparison.Ordinal);
        }

        Assert.Equal(MemoryStudy.Settings.Count, table.Split('\n').Count(line => line.StartsWith("| server", StringComparison.Ordinal) || line.StartsWith("| workstation", StringComparison.Ordinal)));
    }
}
