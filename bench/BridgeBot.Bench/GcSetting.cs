namespace BridgeBot.Bench;

/// <summary>How the host process's garbage collector is set: server or workstation, and any other GC knobs (environment).</summary>
/// <param name="Name">The name the report shows.</param>
/// <param name="ServerGc">Server GC (ASP.NET Core's default) or workstation GC.</param>
/// <param name="Environment">More <c>DOTNET_GC…</c> variables for the host process.</param>
internal sealed record GcSetting(string Name, bool ServerGc, IReadOnlyDictionary<string, string> Environment)
{
    public static GcSetting Server { get; } = new("server", true, new Dictionary<string, string>());

    public static GcSetting Workstation { get; } = new("workstation", false, new Dictionary<string, string>());

    /// <summary>
    /// Server GC without the host's own <c>System.GC.ConserveMemory</c> (7, in its runtimeconfig): the runtime's default
    /// of 0, for comparison.
    /// </summary>
    public static GcSetting ServerNotConserving { get; } = new("server, GCConserveMemory=0", true, new Dictionary<string, string> { ["DOTNET_GCConserveMemory"] = "0" });
}
