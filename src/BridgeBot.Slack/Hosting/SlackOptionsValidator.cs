using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Hosting;

/// <summary>The start-up check of <see cref="SlackOptions"/>: a partial configuration stops the app, naming the key to set.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var hasId = !string.IsNullOrWhiteSpace(options.ClientId);
        var hasSecret = !string.IsNullOrWhiteSpace(options.ClientSecret);
        var hasToken = !string.IsNullOrWhiteSpace(options.BotToken);
        if (string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required when any Slack setting is set: it verifies every request Slack sends (Basic Information → Signing Secret).");
        }

        if (hasId != hasSecret)
        {
            failures.Add(hasId
                ? "Slack:ClientSecret is required with Slack:ClientId for OAuth installs."
                : "Slack:ClientId is required with Slack:ClientSecret for OAuth installs.");
        }
        else if (!hasId && !hasToken)
        {
            failures.Add("Slack:BotToken (one workspace) or Slack:ClientId and Slack:ClientSecret (OAuth installs) is required.");
        }

        if (hasToken && !options.BotToken!.Trim().StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token (xoxb-…), from OAuth & Permissions → Bot User OAuth Token.");
        }

        if (!IsAllowedEndpoint(options.ApiBaseUrl))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute https URL ending in /, e.g. https://slack.com/api/.");
        }

        if (options.RedirectUri is { } redirect && (!redirect.IsAbsoluteUri || redirect.Scheme != Uri.UriSchemeHttps && !redirect.IsLoopback))
        {
            failures.Add("Slack:RedirectUri must be an absolute https URL, e.g. https://bridgebot.example.com/api/slack/oauth/callback.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Plain http is allowed on loopback only, for a local fake of the Web API.
    private static bool IsAllowedEndpoint(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && uri.AbsolutePath.EndsWith('/') && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
