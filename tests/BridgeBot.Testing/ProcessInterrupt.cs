using System.Diagnostics;
using System.Globalization;

namespace BridgeBot.Testing;

/// <summary>Stops a process the caller started the way an operator would: Ctrl+C (SIGINT) to its PID, never by name.</summary>
public static class ProcessInterrupt
{
    /// <summary>Sends SIGINT to <paramref name="process"/> and waits up to <paramref name="patience"/>; true when it exited.</summary>
    public static async Task<bool> InterruptAsync(Process process, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.HasExited)
        {
            return true;
        }

        using (var interrupt = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])))
        {
            await interrupt!.WaitForExitAsync().ConfigureAwait(false);
        }

        using var wait = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
