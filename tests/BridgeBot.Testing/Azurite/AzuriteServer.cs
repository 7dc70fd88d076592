using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BridgeBot.Testing.Azurite;

/// <summary>
/// A real Azurite table service (npm <c>azurite</c>, pinned in the repo's package.json) on a free loopback port,
/// in memory, owned by the test run.
/// </summary>
/// <remarks>
/// Disposing kills exactly the process tree this instance started. <see cref="StopAsync"/> and <see cref="StartAsync"/>
/// simulate an outage: the restarted server listens on the same port and has lost all data.
/// </remarks>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The name of Azurite's development account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known key of Azurite's development account (public, not a secret).</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string _executable;
    private readonly string _workingDirectory;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private readonly bool _persistent;

    private AzuriteServer(string executable, int port, bool persistent = false)
    {
        _executable = executable;
        _persistent = persistent;
        Port = port;
        _workingDirectory = Directory.CreateTempSubdirectory("azurite-").FullName;
    }

    /// <summary>The loopback port the table service listens on.</summary>
    public int Port { get; }

    /// <summary>The table endpoint, path-style with the account as first segment.</summary>
    public Uri TableEndpoint => new($"http://127.0.0.1:{Port}/{AccountName}");

    /// <summary>A connection string for the development account on this server.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    /// <summary>Whether the server process is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a new server on a free port and waits until it accepts connections.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="InvalidOperationException">Azurite is not installed (run <c>npm ci</c>) or did not start; the message holds its output.</exception>
    public static Task<AzuriteServer> StartNewAsync(CancellationToken cancellationToken = default) => StartNewAsync(persistent: false, cancellationToken);

    /// <summary>
    /// Starts a new server on a free port; a <paramref name="persistent"/> one keeps its data on disk, so that it
    /// survives <see cref="ShutDownAsync"/> and <see cref="StartAsync"/> (a storage outage, not a data loss).
    /// </summary>
    /// <param name="persistent">Whether the data is kept on disk in the server's working directory.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running server.</returns>
    public static Task<AzuriteServer> StartNewAsync(bool persistent, CancellationToken cancellationToken = default) =>
        StartNewAsync(persistent, LoopbackServer.FreePort, cancellationToken);

    /// <summary>
    /// Starts a new server on the first of up to three ports from <paramref name="ports"/> that Azurite can listen on. A
    /// free port is only free until someone binds it: another test's server may take it before Azurite does; Azurite then
    /// exits saying so, and the next port is tried.
    /// </summary>
    /// <param name="persistent">Whether the data is kept on disk in the server's working directory.</param>
    /// <param name="ports">Gives the port for each attempt (a free one, outside the tests of this class).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running server.</returns>
    public static async Task<AzuriteServer> StartNewAsync(bool persistent, Func<int> ports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ports);
        for (var attempt = 1; ; attempt++)
        {
            var server = new AzuriteServer(FindExecutable(), ports(), persistent);
            try
            {
                await server.StartAsync(cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (PortTakenException) when (attempt < 3)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>Starts the server again on the same port: with empty storage, or with its saved data if persistent.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the server accepts connections.</returns>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        lock (_output)
        {
            _output.Clear();
        }

        _process = Process.Start(CreateStartInfo())
            ?? throw new InvalidOperationException($"Could not start {_executable}.");
        _process.OutputDataReceived += (_, line) => Record(line.Data);
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server (its whole process tree); data is lost.</summary>
    /// <returns>A task that completes when the process has exited.</returns>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        using (process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Shuts the server down as an operator would (SIGINT, Ctrl+C, to the process this object started: Azurite saves its
    /// data), waiting for it to exit. One that has not exited after 15 s is killed, and this fails: its data may not
    /// have been saved, and a test would take the loss for the product's.
    /// </summary>
    /// <returns>A task that completes when the process has exited.</returns>
    /// <exception cref="InvalidOperationException">Azurite did not exit within 15 s of the interrupt.</exception>
    public async Task ShutDownAsync()
    {
        var exited = _process is not { } process || await ProcessInterrupt.InterruptAsync(process, TimeSpan.FromSeconds(15)).ConfigureAwait(false);
        await StopAsync().ConfigureAwait(false);
        if (!exited)
        {
            throw Failure("Azurite did not exit within 15 s of an interrupt; it was killed, and may not have saved its data.");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        Directory.Delete(_workingDirectory, recursive: true);
    }

    private static string FindExecutable()
    {
        var root = FindRepositoryRoot();
        var name = OperatingSystem.IsWindows() ? "azurite-table.cmd" : "azurite-table";
        var executable = Path.Combine(root, "node_modules", ".bin", name);
        return File.Exists(executable)
            ? executable
            : throw new InvalidOperationException(
                $"Azurite is not installed: {executable} is missing. Run `npm ci` in {root} (Node.js 20 or later).");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BridgeBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No BridgeBot.sln above {AppContext.BaseDirectory}: cannot find the repository root.");
    }

    private ProcessStartInfo CreateStartInfo()
    {
        var startInfo = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] persistence = _persistent ? ["--location", Path.Combine(_workingDirectory, "data")] : ["--inMemoryPersistence"];
        foreach (var argument in persistence.Concat(new[]
        {
            "--disableTelemetry", "--silent",
            "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--disableProductStyleUrl",
        }))
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    /// <summary>
    /// Waits for Azurite to say it listens on its port (an open port alone could be another process's) and for the port
    /// to accept a connection.
    /// </summary>
    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var started = $"successfully started on 127.0.0.1:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process is not { HasExited: false })
            {
                await (_process?.WaitForExitAsync(cancellationToken) ?? Task.CompletedTask).ConfigureAwait(false); // the output is read to its end
                var failure = Failure($"Azurite exited with code {_process?.ExitCode} before listening on port {Port}.");
                throw Said("EADDRINUSE") ? new PortTakenException(failure.Message) : failure;
            }

            if (Said(started))
            {
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (SocketException)
                {
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }

        await StopAsync().ConfigureAwait(false);
        throw Failure($"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds:0} s.");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private bool Said(string text)
    {
        lock (_output)
        {
            return _output.ToString().Contains(text, StringComparison.Ordinal);
        }
    }

    /// <summary>An exception saying <paramref name="what"/>, with the command and everything Azurite printed.</summary>
    private InvalidOperationException Failure(string what)
    {
        lock (_output)
        {
            return new InvalidOperationException($"{what} Command: {_executable}. Output:{Environment.NewLine}{_output}");
        }
    }

    /// <summary>Azurite could not listen: its port was taken after it was found free.</summary>
    private sealed class PortTakenException(string message) : InvalidOperationException(message);
}
