using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Host.Tests.Support;

/// <summary>The real host in process, configured only through settings, as an operator would.</summary>
/// <param name="settings">The settings.</param>
/// <param name="environment">The environment name.</param>
/// <param name="clock">A clock the test moves, replacing the system clock; null keeps the system clock.</param>
/// <param name="configure">More set-up of the host (e.g. a logging provider), applied last.</param>
public sealed class BridgeBotFactory(
    IReadOnlyDictionary<string, string?> settings, string environment = "Production", TimeProvider? clock = null, Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        configure?.Invoke(builder);
    }
}
