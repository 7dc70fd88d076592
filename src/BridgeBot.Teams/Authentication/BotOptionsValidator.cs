using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BridgeBot.Teams.Authentication;

/// <summary>
/// The start-up check of <see cref="BotOptions"/>: each message names the setting to fix. Without a host
/// environment (plain unit tests) the Development-only rule for running without an app id is skipped.
/// </summary>
public sealed class BotOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        var hasId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);

        if (hasId && !Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be the bot's Entra application (client) id, a GUID.");
        }

        // No app id means local use with authentication off (checked below): the app type does not apply then.
        switch (hasId ? options.MicrosoftAppType : (BotAppType?)null)
        {
            case BotAppType.MultiTenant when !hasPassword:
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is MultiTenant.");
                break;
            case BotAppType.SingleTenant when !hasTenant || !hasPassword:
                failures.Add("MicrosoftAppType SingleTenant requires MicrosoftAppId, MicrosoftAppTenantId and MicrosoftAppPassword.");
                break;
            case BotAppType.UserAssignedMsi when !hasTenant:
                failures.Add("MicrosoftAppType UserAssignedMSI requires MicrosoftAppId (the identity's client id) and MicrosoftAppTenantId.");
                break;
            case BotAppType.UserAssignedMsi when hasPassword:
                failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
                break;
        }

        // Without an app id every inbound request without a token is accepted: never outside Development.
        if (!hasId && environment is not null && !environment.IsDevelopment())
        {
            failures.Add($"MicrosoftAppId is required outside Development (environment '{environment.EnvironmentName}'); without it authentication is off.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
