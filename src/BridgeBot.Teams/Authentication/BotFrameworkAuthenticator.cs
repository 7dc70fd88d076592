using System.Net.Http.Headers;
using BridgeBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Teams.Authentication;

/// <summary>
/// Checks the bearer token on a request from a Bot Framework channel (PROTOCOLS §1.5). Signature, issuer,
/// audience, lifetime and key refresh are IdentityModel's; the Bot Framework's own rules (service URL
/// claim, channel endorsements, Entra app id claims) are added here. A service URL that arrives on an
/// authenticated request becomes trusted for outbound calls.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions bot;
    private readonly IServiceUrlTrust trust;
    private readonly ILogger<BotFrameworkAuthenticator> logger;
    private readonly JsonWebTokenHandler handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration> botConnectorMetadata;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> entraMetadata;
    private readonly IReadOnlySet<string> entraIssuers;

    public BotFrameworkAuthenticator(
        IOptions<BotOptions> botOptions,
        IOptions<BotAuthenticationOptions> authenticationOptions,
        IHttpClientFactory httpClientFactory,
        EntraMetadata entra,
        IServiceUrlTrust trust,
        ILogger<BotFrameworkAuthenticator> logger)
    {
        bot = botOptions.Value;
        this.trust = trust;
        this.logger = logger;
        var options = authenticationOptions.Value;
        botConnectorMetadata = OpenIdMetadata.CreateManager(
            options.BotConnectorMetadataUrl, httpClientFactory.CreateClient(OpenIdMetadata.HttpClientName), options);
        entraMetadata = entra.Manager;
        entraIssuers = BotTokenIssuers.Entra(bot.MicrosoftAppTenantId);
        if (!OpenIdMetadata.IsBlockingRefreshEnabled())
        {
            AuthenticationLog.BackgroundKeyRefresh(logger, OpenIdMetadata.BlockingRefreshSwitch);
        }
    }

    public Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default) =>
        AuthenticateAsync(authorizationHeader, activity.ChannelId, activity.ServiceUrl, cancellationToken);

    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = await ValidateAsync(authorizationHeader, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            AuthenticationLog.Rejected(logger, failure, result.FailureReason);
        }
        else if (!result.IsAnonymous && !string.IsNullOrEmpty(serviceUrl))
        {
            trust.Trust(serviceUrl);
        }

        return result;
    }

    /// <summary>
    /// Loads (or reads from the cache) the signing keys of both issuers, as the next token would; null when
    /// authentication is off. A failure to load throws what IdentityModel threw.
    /// </summary>
    public async Task<SigningKeyCounts?> LoadSigningKeysAsync(CancellationToken cancellationToken)
    {
        if (bot.IsAuthenticationDisabled)
        {
            return null;
        }

        var botConnector = botConnectorMetadata.GetConfigurationAsync(cancellationToken);
        var entra = entraMetadata.GetConfigurationAsync(cancellationToken);
        await Task.WhenAll(botConnector, entra).ConfigureAwait(false);
        return new SigningKeyCounts((await botConnector.ConfigureAwait(false)).SigningKeys.Count, (await entra.ConfigureAwait(false)).SigningKeys.Count);
    }

    private async Task<BotAuthenticationResult> ValidateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return bot.IsAuthenticationDisabled
                ? BotAuthenticationResult.Anonymous()
                : BotAuthenticationResult.Fail(BotAuthenticationFailure.MissingToken, "The request has no Authorization header.");
        }

        if (!AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.InvalidScheme, "The Authorization header is not a Bearer token.");
        }

        if (!handler.TryRead(header.Parameter, out var token))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.MalformedToken, "The bearer token is not a JWT.");
        }

        // Checked again by IdentityModel; refused here so that a token nobody may sign that way costs no key refresh.
        if (!AllowedAlgorithms.Contains(token.Alg))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.DisallowedAlgorithm, $"Signing algorithm '{token.Alg}' is not allowed.");
        }

        // The unvalidated issuer only picks which metadata to check the token against; IdentityModel then validates it.
        var isBotConnector = token.Issuer == BotTokenIssuers.BotConnector;
        if (!isBotConnector && !entraIssuers.Contains(token.Issuer))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.UntrustedIssuer, $"Issuer '{token.Issuer}' is not trusted.");
        }

        var endorsementFailed = false;
        var parameters = CreateParameters(isBotConnector, (key, configuration) =>
        {
            var endorsements = SigningKeyEndorsements.Find(configuration as OpenIdConnectConfiguration, key?.KeyId);
            endorsementFailed = !SigningKeyEndorsements.Allows(endorsements, channelId);
            return !endorsementFailed;
        });

        var validation = await handler.ValidateTokenAsync(token, parameters).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return endorsementFailed
                ? BotAuthenticationResult.Fail(BotAuthenticationFailure.ChannelNotEndorsed, $"The signing key is not endorsed for channel '{channelId}'.")
                : BotAuthenticationResult.Fail(TokenValidationFailures.Classify(validation.Exception), validation.Exception?.Message ?? "The token is not valid.");
        }

        return BotFrameworkClaims.Check(validation.ClaimsIdentity, isBotConnector, bot.MicrosoftAppId, serviceUrl);
    }

    private TokenValidationParameters CreateParameters(bool isBotConnector, Func<SecurityKey?, BaseConfiguration?, bool> validateSigningKey)
    {
        var parameters = SignedTokenParameters.Create(isBotConnector ? botConnectorMetadata : entraMetadata, AllowedAlgorithms);
        parameters.ValidIssuers = isBotConnector ? [BotTokenIssuers.BotConnector] : entraIssuers;
        parameters.ValidAudience = bot.MicrosoftAppId;
        parameters.IssuerSigningKeyValidatorUsingConfiguration = (key, _, _, configuration) => validateSigningKey(key, configuration);
        return parameters;
    }
}
