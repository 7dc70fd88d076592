using BridgeBot.Teams.Authentication;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

using BridgeBot.Testing.Identity;

namespace BridgeBot.Teams.Tests.Authentication;

public class BotOptionsValidatorTests
{
    private const string AppId = TestIssuer.AppId;
    private const string Tenant = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public void Validate_MultiTenantWithIdAndPassword_Succeeds()
    {
        AssertValid(new BotOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "secret" });
    }

    [Fact]
    public void Validate_MultiTenantWithoutPassword_NamesThePassword()
    {
        AssertInvalid(new BotOptions { MicrosoftAppId = AppId }, "MicrosoftAppPassword");
    }

    [Fact]
    public void Validate_SingleTenantWithIdTenantAndPassword_Succeeds()
    {
        AssertValid(new BotOptions { MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppId = AppId, MicrosoftAppTenantId = Tenant, MicrosoftAppPassword = "secret" });
    }

    [Fact]
    public void Validate_SingleTenantWithoutTenant_NamesTheTenant()
    {
        AssertInvalid(new BotOptions { MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppId = AppId, MicrosoftAppPassword = "secret" }, "MicrosoftAppTenantId");
    }

    [Fact]
    public void Validate_SingleTenantWithoutPassword_NamesThePassword()
    {
        AssertInvalid(new BotOptions { MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppId = AppId, MicrosoftAppTenantId = Tenant }, "MicrosoftAppPassword");
    }

    [Fact]
    public void Validate_UserAssignedMsiWithIdAndTenant_Succeeds()
    {
        AssertValid(new BotOptions { MicrosoftAppType = BotAppType.UserAssignedMsi, MicrosoftAppId = AppId, MicrosoftAppTenantId = Tenant });
    }

    [Fact]
    public void Validate_UserAssignedMsiWithPassword_IsRefused()
    {
        AssertInvalid(new BotOptions { MicrosoftAppType = BotAppType.UserAssignedMsi, MicrosoftAppId = AppId, MicrosoftAppTenantId = Tenant, MicrosoftAppPassword = "secret" }, "must be empty");
    }

    [Fact]
    public void Validate_UserAssignedMsiWithoutTenant_NamesTheTenant()
    {
        AssertInvalid(new BotOptions { MicrosoftAppType = BotAppType.UserAssignedMsi, MicrosoftAppId = AppId }, "MicrosoftAppTenantId");
    }

    [Fact]
    public void Validate_AppIdNotAGuid_NamesTheAppId()
    {
        AssertInvalid(new BotOptions { MicrosoftAppId = "my-bot", MicrosoftAppPassword = "secret" }, "MicrosoftAppId");
    }

    [Fact]
    public void Validate_NoAppIdInDevelopment_Succeeds()
    {
        AssertValid(new BotOptions(), Environments.Development);
    }

    [Theory]
    [InlineData(BotAppType.SingleTenant)]
    [InlineData(BotAppType.UserAssignedMsi)]
    public void Validate_NoAppIdInDevelopment_IgnoresTheAppType(BotAppType type)
    {
        AssertValid(new BotOptions { MicrosoftAppType = type }, Environments.Development);
    }

    [Fact]
    public void Validate_NoAppIdOutsideDevelopment_IsRefused()
    {
        AssertInvalid(new BotOptions(), "outside Development", Environments.Production);
    }

    private static void AssertValid(BotOptions options, string environment = "Production")
    {
        var result = new BotOptionsValidator(Environment(environment)).Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    private static void AssertInvalid(BotOptions options, string expected, string environment = "Production")
    {
        var result = new BotOptionsValidator(Environment(environment)).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
