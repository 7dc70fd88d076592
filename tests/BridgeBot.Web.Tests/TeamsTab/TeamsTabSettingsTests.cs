using System.Net;
using System.Net.Http.Json;
using BridgeBot.Web.TeamsTab;

namespace BridgeBot.Web.Tests.TeamsTab;

/// <summary>Where the bot's identity cannot vouch for a tab token, the session endpoint refuses every token instead of trusting one.</summary>
public sealed class TeamsTabSettingsTests
{
    [Fact]
    public async Task Session_WithAuthenticationOff_RefusesEvenAWellSignedToken()
    {
        await using var host = await TeamsTabHost.StartAsync(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null }, environment: "Development");

        var response = await host.SessionAsync(TabTokens.Valid(host.Issuer.EntraKey));

        await AssertRefusedAsync(response, "Teams sign-in is off");
    }

    [Fact]
    public async Task Session_ForAManagedIdentityBot_RefusesBecauseItCannotExposeAnApi()
    {
        await using var host = await TeamsTabHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppPassword"] = null, ["MicrosoftAppTenantId"] = TeamsTabHost.Tenant,
        });

        var response = await host.SessionAsync(TabTokens.Valid(host.Issuer.EntraKey));

        await AssertRefusedAsync(response, "managed identity");
    }

    [Fact]
    public async Task Session_ForASingleTenantBot_RefusesAnotherTenantsTokenAndTakesItsOwn()
    {
        await using var host = await TeamsTabHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = TeamsTabHost.Tenant,
        });

        var other = await host.SessionAsync(TabTokens.Valid(host.Issuer.EntraKey, TeamsTabHost.OtherTenant));
        var own = await host.SessionAsync(TabTokens.Valid(host.Issuer.EntraKey, TeamsTabHost.Tenant));

        await AssertRefusedAsync(other, "from another tenant");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<TabSessionRefusal>())!.Error, StringComparison.Ordinal);
    }
}
