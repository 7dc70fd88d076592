namespace BridgeBot.Host.Health;

/// <summary>
/// <c>BridgeBot.Host --probe URL</c>: asks a running host for its health and exits 0 (2xx) or 1, so a container
/// health check needs neither curl nor a shell in the image.
/// </summary>
public static class HealthProbe
{
    /// <summary>The argument that selects the probe.</summary>
    public const string Argument = "--probe";

    /// <summary>How long the probe waits for an answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Whether <paramref name="args"/> ask for the probe, and the URL it asks.</summary>
    public static bool IsRequested(string[] args, out Uri? url)
    {
        url = args is [Argument, var target] && Uri.TryCreate(target, UriKind.Absolute, out var parsed) ? parsed : null;
        return args is [Argument, ..];
    }

    /// <summary>Runs the probe: 0 when <paramref name="url"/> answers 2xx, 1 otherwise (with the reason on stderr).</summary>
    public static async Task<int> RunAsync(Uri? url, TextWriter error)
    {
        if (url is null)
        {
            await error.WriteLineAsync($"usage: BridgeBot.Host {Argument} http://127.0.0.1:8080/healthz").ConfigureAwait(false);
            return 2;
        }

        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(url).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await error.WriteLineAsync($"{url} answered {(int)response.StatusCode}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"{url} did not answer: {failure.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
