using System.Globalization;
using System.Text;
using BridgeBot.Slack.Signing;

namespace BridgeBot.Bench.Scenarios;

/// <summary>
/// (3) Slack slash-command acknowledgement latency at many connections, with the follow-up work (storage, then a
/// post to <c>response_url</c>) still completing after each ack: the follow-ups are counted at the fake Slack.
/// </summary>
internal static class SlackAckScenario
{
    private static int shed;

    public static async Task<TurnFigures> RunAsync(BenchHost host, BareEndpoint bare, BenchOptions options, int concurrency, HttpClient http)
    {
        var rounds = new List<TurnFigures>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            rounds.Add(await RoundAsync(host, bare, options, concurrency, http, round));
        }

        return TurnFigures.Median(rounds, run => run.Bot.P99Ms);
    }

    private static async Task<TurnFigures> RoundAsync(BenchHost host, BareEndpoint bare, BenchOptions options, int concurrency, HttpClient http, int round)
    {
        var commands = new Uri(host.BaseAddress, "/api/slack/commands");
        var baseline = await LoadRunner.RunAsync(concurrency, options.WarmUp, options.Duration, n => PostAsync(http, bare.Url, host, $"bare-{round}-{n}", "list"));

        // The ack path alone: `help` is answered in the acknowledgement and leaves no work behind.
        var ackOnly = await LoadRunner.RunAsync(concurrency, options.WarmUp, options.Duration, n => PostAsync(http, commands, host, $"help-{round}-{n}", "help"));
        var before = FollowUps(host);
        var sent = 0;
        Interlocked.Exchange(ref shed, 0);
        var result = await LoadRunner.RunAsync(concurrency, options.WarmUp, options.Duration, n =>
        {
            Interlocked.Increment(ref sent);
            return PostAsync(http, commands, host, $"list-{round}-{n}", "list");
        });

        // The acknowledgements are in; wait (bounded) for the work that follows each one.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (FollowUps(host) - before < sent - Volatile.Read(ref shed) && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        return new TurnFigures(baseline, result, sent, FollowUps(host) - before) { Shed = Volatile.Read(ref shed), AckOnly = ackOnly };
    }

    // Every call but the name look-ups (users.info) carries a command's result to Slack.
    private static int FollowUps(BenchHost host) => host.Slack.Calls.Count(call => call.Method != "users.info");

    private static async Task<bool> PostAsync(HttpClient http, Uri uri, BenchHost host, string trigger, string text)
    {
        var body = "team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench&user_id=U0DEV&user_name=dev" +
            "&command=%2Fbridge&text=" + text + "&api_app_id=A0BENCH&response_url=" + Uri.EscapeDataString(host.Slack.ResponseUrl(trigger)) +
            "&trigger_id=" + trigger;
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("X-Slack-Signature", SlackSignature.Compute(BenchHost.SlackSecret, timestamp, bytes));
        using var response = await http.SendAsync(request);
        if ((await response.Content.ReadAsStringAsync()).Contains("very busy", StringComparison.Ordinal))
        {
            // Acknowledged, but shed: the backlog of follow-up work was full, and the person was told so.
            Interlocked.Increment(ref shed);
        }

        return response.IsSuccessStatusCode;
    }
}
