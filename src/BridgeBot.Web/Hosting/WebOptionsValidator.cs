using BridgeBot.Web.Links;
using Microsoft.Extensions.Options;

namespace BridgeBot.Web.Hosting;

/// <summary>Checks the page's address and the link key's form, naming the setting that is wrong.</summary>
public sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var address)
            || (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
            || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            return ValidateOptionsResult.Fail(
                "Web:PublicBaseUrl must be the host's absolute https address (http only for loopback), e.g. https://bridgebot.azurewebsites.net/.");
        }

        if (!string.IsNullOrWhiteSpace(options.LinkSecret) && LinkKey.Parse(options.LinkSecret) is null)
        {
            return ValidateOptionsResult.Fail("Web:LinkSecret must be at least 32 bytes in base64 (openssl rand -base64 32).");
        }

        return ValidateOptionsResult.Success;
    }
}
