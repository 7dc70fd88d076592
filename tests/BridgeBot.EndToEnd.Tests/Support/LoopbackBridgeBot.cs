using System.Net;
using BridgeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BridgeBot.EndToEnd.Tests.Support;

/// <summary>
/// The real host, configured only through settings, listening with Kestrel on 127.0.0.1 and a port the OS picks, so
/// that a client outside the process (the Agents Playground) can post to it. Its log is recorded.
/// </summary>
public sealed class LoopbackBridgeBot : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    public LoopbackBridgeBot(IReadOnlyDictionary<string, string?> settings)
    {
        this.settings = settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Everything the host logged.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>The Bot Framework endpoint, <c>http://127.0.0.1:{port}/api/messages</c>; starts the host.</summary>
    public Uri MessagesEndpoint
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new Uri(new Uri(address), "/api/messages");
        }
    }

    /// <summary>The host's log, one entry a line, for a failure message or a file.</summary>
    public string LogText() => string.Join(
        Environment.NewLine,
        Logs.Logs.Select(entry => $"{entry.Level} {entry.Category}: {entry.Message}{(entry.Exception is null ? string.Empty : Environment.NewLine + entry.Exception)}"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // Last, so that nothing on the machine (user secrets, environment variables) overrides the test's settings.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Information));
    }
}
