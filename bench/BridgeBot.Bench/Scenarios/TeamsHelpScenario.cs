using System.Text;

namespace BridgeBot.Bench.Scenarios;

/// <summary>(1) <c>help</c> in a Teams personal chat, the reply delivered to the connector, against the bare endpoint.</summary>
internal static class TeamsHelpScenario
{
    public static async Task<IReadOnlyList<TurnFigures>> RunAsync(BenchHost host, BareEndpoint bare, BenchOptions options, HttpClient http)
    {
        var template = TeamsActivities.PersonalMessageTemplate(host.Connector.ServiceUrl, "help");
        var bot = new Uri(host.BaseAddress, "/api/messages");
        var figures = new List<TurnFigures>();
        foreach (var concurrency in options.Concurrency)
        {
            var rounds = new List<TurnFigures>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var baseline = await LoadRunner.RunAsync(concurrency, options.WarmUp, options.Duration, n => PostAsync(http, bare.Url, template, $"bare-{concurrency}-{round}-{n}"));
                var repliesBefore = host.Connector.Replies;
                var sent = 0;
                var result = await LoadRunner.RunAsync(concurrency, options.WarmUp, options.Duration, n =>
                {
                    Interlocked.Increment(ref sent);
                    return PostAsync(http, bot, template, $"help-{concurrency}-{round}-{n}");
                });
                rounds.Add(new TurnFigures(baseline, result, sent, host.Connector.Replies - repliesBefore));
            }

            figures.Add(TurnFigures.Median(rounds, run => run.Ratio));
        }

        return figures;
    }

    public static async Task<bool> PostAsync(HttpClient http, Uri uri, string template, string id)
    {
        using var content = new StringContent(template.Replace("{ID}", id, StringComparison.Ordinal), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(uri, content);
        return response.IsSuccessStatusCode;
    }
}
