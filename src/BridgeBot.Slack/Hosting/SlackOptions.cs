using System.ComponentModel.DataAnnotations;

namespace BridgeBot.Slack.Hosting;

/// <summary>
/// The Slack app (section <c>Slack</c>). Without a signing secret Slack is off; with one, the bot needs either a
/// bot token (one workspace) or an OAuth client id and secret (any workspace that installs it), or both.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Verifies every request Slack sends (Basic Information → App Credentials → Signing Secret).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>A bot token (<c>xoxb-…</c>) for a single workspace; used for any workspace without an OAuth install.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app's client id, for OAuth installs into any workspace.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret, for OAuth installs (it also signs the install's <c>state</c>).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Web API (<c>https://slack.com/api/</c>); the OAuth authorize page is found next to it (<c>../oauth/v2/authorize</c>).</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Where Slack sends the installer back; by default <c>/api/slack/oauth/callback</c> on the host the install started on.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Retries of a Web API call after the first attempt (429 after its Retry-After, 5xx, network failures).</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first backoff delay for 5xx and network failures; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 asking to wait longer than this is not waited for: the call fails as rate limited.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Work waiting to run after its acknowledgement; beyond this Slack is told to try again later.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Work items run at the same time.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 4;

    /// <summary>
    /// How long a modal submission waits for its answer (so field errors show in the modal); Slack allows 3 seconds.
    /// A slower answer closes the modal, and its outcome reaches the person as a message.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.800")]
    public TimeSpan SubmissionBudget { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Whether any Slack credential is configured (then the whole configuration must be complete).</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken)
        || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>Whether workspaces can install the app through OAuth.</summary>
    public bool HasOAuth => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
