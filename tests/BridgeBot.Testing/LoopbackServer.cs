using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a port the OS picks, for fakes of the services the bot calls.
/// Disposing it stops it.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The server's services, for a test that checks what a real part of BridgeBot on it produced.</summary>
    public IServiceProvider Services => app.Services;

    public static Task<LoopbackServer> StartAsync(Action<WebApplication> map) => StartAsync(_ => { }, map);

    /// <summary>Starts a server whose services <paramref name="configure"/> adds (a real part of BridgeBot under test).</summary>
    public static async Task<LoopbackServer> StartAsync(Action<WebApplicationBuilder> configure, Action<WebApplication> map, string environment = "Production")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public Uri Url(string relative) => new(BaseAddress, relative.TrimStart('/'));

    /// <summary>
    /// A loopback URL that refuses every connection, for unreachable-service cases: its port is held, bound but not
    /// listening, for the whole test run, so no other server can take it (as it could a port only found free).
    /// </summary>
    public static Uri UnboundUrl() => new($"http://127.0.0.1:{((IPEndPoint)Refusing.Value.LocalEndPoint!).Port}/");

    /// <summary>A port nothing listens on now (the system's choice of a free one), for a server started elsewhere.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static readonly Lazy<Socket> Refusing = new(() =>
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
