using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BridgeBot.Testing.Azurite;

/// <summary>
/// A real Azurite table service (npm <c>azurite</c>, pinned in the repository's package.json) on 127.0.0.1 and a
/// free port, in memory. It is stopped — exactly the process this started — on dispose. A missing Azurite is a
/// failure with the command that installs it, never a skipped test.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's published development account key.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder output = new();
    private Process? process;

    private AzuriteServer(int port)
    {
        Port = port;
    }

    /// <summary>The port it listens on (kept across <see cref="StopAsync"/> and <see cref="StartAsync"/>).</summary>
    public int Port { get; }

    /// <summary>The table endpoint, path-style with the account.</summary>
    public Uri TableEndpoint => new($"http://127.0.0.1:{Port}/devstoreaccount1/");

    /// <summary>A connection string for the development account on this server.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint={TableEndpoint}";

    /// <summary>Whether the process is running.</summary>
    public bool IsRunning => process is { HasExited: false };

    /// <summary>Starts a server on a free port.</summary>
    public static async Task<AzuriteServer> StartNewAsync()
    {
        var server = new AzuriteServer(FreePort());
        await server.StartAsync();
        return server;
    }

    /// <summary>(Re)starts the process on the same port; data of an earlier run is gone (in-memory).</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var executable = RepositoryRoot.Combine("node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({executable} is missing). Run `npm ci` in {RepositoryRoot.Path} (scripts/setup.sh does it).");
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in new[]
        {
            "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl",
            "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}: {Output}");
            }

            if (await AcceptsConnectionsAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        await StopAsync();
        throw new TimeoutException($"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds} s: {Output}");
    }

    /// <summary>Stops the process this server started (and its children), and waits for it to end.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => new(StopAsync());

    private string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
