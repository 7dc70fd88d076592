using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace BridgeBot.Bench;

/// <summary>
/// The host as its own process (<c>dotnet BridgeBot.Host.dll</c>, as it runs in production), so its memory can be read
/// apart from the load generator's: peak and current resident set from <c>/proc/{pid}/status</c>. Stopped by its PID.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The most memory the process has held (VmHWM).</summary>
    public long PeakRssBytes => Status("VmHWM:");

    /// <summary>The memory it holds now (VmRSS).</summary>
    public long RssBytes => Status("VmRSS:");

    /// <param name="storageConnectionString">Azurite.</param>
    /// <param name="tableName">Its table.</param>
    /// <param name="gc">How its garbage collector is set.</param>
    public static async Task<HostProcess> StartAsync(string storageConnectionString, string tableName, GcSetting gc)
    {
        var port = Testing.LoopbackServer.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BridgeBot.Host.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__ConnectionString"] = storageConnectionString;
        start.Environment["Storage__TableName"] = tableName;
        start.Environment["Digests__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = gc.ServerGc ? "1" : "0";
        foreach (var (name, value) in gc.Environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode} while starting.");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri(host.BaseAddress, "/readyz"));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await host.DisposeAsync();
        throw new TimeoutException("The host did not become ready within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        // Ctrl+C to the process we started: the host shuts down gracefully.
        if (!await Testing.ProcessInterrupt.InterruptAsync(process, TimeSpan.FromSeconds(15)))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private long Status(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(text => text.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line[field.Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
