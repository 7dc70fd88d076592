using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Authentication;
using BridgeBot.Web.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Web.TeamsTab;

/// <summary>
/// Checks the token Teams SSO (<c>authentication.getAuthToken</c>) gives the personal tab: an Entra ID v2 access token
/// for BridgeBot's app, signed with a key from the Entra metadata (fetched, cached and refreshed by IdentityModel as
/// for the bot's own tokens), issued by <c>https://login.microsoftonline.com/{tid}/v2.0</c> for the tenant it names,
/// for BridgeBot's audience (<c>api://{host}/{MicrosoftAppId}</c> or the bare app id), in its lifetime, and for the
/// <c>access_as_user</c> scope. The tenant is then the Teams workspace whose log the person may open.
/// </summary>
public sealed partial class TabTokenValidator
{
    /// <summary>The scope the Teams clients are pre-authorized for.</summary>
    private const string Scope = "access_as_user";

    private const string TenantClaim = "tid";
    private const string ScopeClaim = "scp";
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256];

    private readonly BotOptions bot;
    private readonly ILogger<TabTokenValidator> logger;
    private readonly JsonWebTokenHandler handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration> entraMetadata;

    public TabTokenValidator(
        IOptions<BotOptions> botOptions,
        IOptions<WebOptions> webOptions,
        EntraMetadata entra,
        ILogger<TabTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(botOptions);
        ArgumentNullException.ThrowIfNull(webOptions);
        ArgumentNullException.ThrowIfNull(entra);
        bot = botOptions.Value;
        this.logger = logger;
        entraMetadata = entra.Manager;
        ApplicationIdUri = $"api://{new Uri(webOptions.Value.PublicBaseUrl).Authority}/{bot.MicrosoftAppId}";
    }

    /// <summary>The application ID URI the app registration exposes (<c>api://{host}/{MicrosoftAppId}</c>).</summary>
    public string ApplicationIdUri { get; }

    public async Task<TabSignIn> ValidateAsync(string? encoded, CancellationToken cancellationToken = default)
    {
        var result = await CheckAsync(encoded, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            LogRefused(failure);
        }

        return result;
    }

    private async Task<TabSignIn> CheckAsync(string? encoded, CancellationToken cancellationToken)
    {
        // Without an app id (a local run) nothing could prove who is asking: refuse rather than trust.
        if (bot.IsAuthenticationDisabled)
        {
            return TabSignIn.Refused("Teams sign-in is off on this BridgeBot (no MicrosoftAppId is set), so the tab cannot tell who you are.");
        }

        if (bot.MicrosoftAppType == BotAppType.UserAssignedMsi)
        {
            return TabSignIn.Refused(
                "This BridgeBot runs as a managed identity (MicrosoftAppType UserAssignedMSI), which cannot expose the API Teams sign-in needs.");
        }

        if (string.IsNullOrWhiteSpace(encoded) || !handler.TryRead(encoded, out var token))
        {
            return TabSignIn.Refused("No Teams sign-in token came with the request, or it is not a JWT.");
        }

        // Checked again by IdentityModel; refused here so that an unsigned token costs no key fetch.
        if (!AllowedAlgorithms.Contains(token.Alg))
        {
            return TabSignIn.Refused($"The Teams sign-in token is unsigned or signed with '{token.Alg}', which is not allowed.");
        }

        // The unvalidated tenant only names the issuer to expect; the signature and that issuer are then checked.
        if (!token.TryGetPayloadValue<string>(TenantClaim, out var tenant) || !Guid.TryParse(tenant, out _))
        {
            return TabSignIn.Refused("The Teams sign-in token names no tenant (tid).");
        }

        if (bot.MicrosoftAppType == BotAppType.SingleTenant && !string.Equals(tenant, bot.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase))
        {
            return TabSignIn.Refused("The Teams sign-in token is from another tenant than BridgeBot's.");
        }

        var validation = await handler.ValidateTokenAsync(token, Parameters(ExpectedIssuer(tenant))).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return TabSignIn.Refused(TabTokenFailures.Describe(validation.Exception, ApplicationIdUri));
        }

        var scopes = validation.ClaimsIdentity.FindFirst(ScopeClaim)?.Value.Split(' ') ?? [];
        return scopes.Contains(Scope, StringComparer.Ordinal)
            ? TabSignIn.Valid(WorkspaceId.ForTeams(tenant.ToLowerInvariant()))
            : TabSignIn.Refused($"The Teams sign-in token was not issued for BridgeBot's {Scope} scope.");
    }

    private static string ExpectedIssuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    private TokenValidationParameters Parameters(string issuer)
    {
        var parameters = SignedTokenParameters.Create(entraMetadata, AllowedAlgorithms);
        parameters.ValidAudiences = [ApplicationIdUri, bot.MicrosoftAppId];

        // Exactly the tenant's v2 issuer: not the metadata's templated issuer, nor any other tenant's.
        parameters.IssuerValidator = (actual, _, _) => string.Equals(actual, issuer, StringComparison.Ordinal)
            ? actual
            : throw new SecurityTokenInvalidIssuerException($"Issuer '{actual}' is not '{issuer}'.");
        return parameters;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams tab sign-in refused: {Reason}")]
    private partial void LogRefused(string reason);
}
