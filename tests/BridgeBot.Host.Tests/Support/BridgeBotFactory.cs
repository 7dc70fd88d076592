using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using BridgeBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
    private readonly RecordingLoggerProvider startupLogs = new();

    /// <summary>
    /// Starts the host, expecting it to refuse; returns why. When the host's own start fails quickly, the factory
    /// sometimes looks at it only after it was disposed and throws <see cref="ObjectDisposedException"/> instead of the
    /// failure (a race inside WebApplicationFactory); the failure is then read from the host's own log.
    /// </summary>
    public OptionsValidationException StartupFailure()
    {
        try
        {
            CreateClient().Dispose();
        }
        catch (OptionsValidationException failure)
        {
            return failure;
        }
        catch (ObjectDisposedException disposed)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(5))
            {
                if (LoggedFailure() is { } logged)
                {
                    return logged;
                }

                Thread.Sleep(50);
            }

            throw new InvalidOperationException("The host was disposed, and logged no options failure.", disposed);
        }

        throw new InvalidOperationException("The host started; it was expected to refuse.");
    }

    /// <summary>The options failure the host logged while starting, if any.</summary>
    public OptionsValidationException? LoggedFailure() =>
        startupLogs.Logs.Select(log => log.Exception).OfType<OptionsValidationException>().FirstOrDefault();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureLogging(logging => logging.AddProvider(startupLogs));
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
