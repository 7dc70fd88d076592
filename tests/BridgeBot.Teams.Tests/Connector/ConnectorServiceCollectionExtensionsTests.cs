using BridgeBot.Teams.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BridgeBot.Teams.Tests.Connector;

public class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public void AddTeamsProtocol_ConfiguredBot_ResolvesConnectorAndAuthenticator()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = "6f1f3c0e-2a4b-4c5d-8e9f-0a1b2c3d4e5f",
            ["MicrosoftAppPassword"] = "secret",
        });

        Assert.NotNull(services.GetRequiredService<ConnectorClient>());
        Assert.NotNull(services.GetRequiredService<BridgeBot.Teams.Authentication.BotFrameworkAuthenticator>());
    }

    [Fact]
    public void AddTeamsConnector_Defaults_RetryAndScope()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.Equal("https://api.botframework.com/.default", options.TokenScope);
        Assert.Equal(4, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RetryBaseDelay);
    }

    [Fact]
    public void AddTeamsConnector_NoRetries_FailsValidationNamingTheSetting()
    {
        using var services = Build(new() { ["Teams:Connector:MaxRetryAttempts"] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorOptions>>().Value);
        Assert.Contains(nameof(ConnectorOptions.MaxRetryAttempts), failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddTeamsProtocol(configuration).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
