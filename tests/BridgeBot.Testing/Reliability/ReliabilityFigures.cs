using System.Text.Json;

namespace BridgeBot.Testing.Reliability;

/// <summary>
/// The figures the reliability suite measured, written to <c>artifacts/reliability/figures.{test assembly}.json</c> as
/// each test ends (test assemblies run in parallel processes: one file each), for docs/reliability.md. Figures are
/// counts (sent, stored, duplicated, lost), never timings that a test asserts on.
/// </summary>
public static class ReliabilityFigures
{
    private static readonly SortedDictionary<string, object> Figures = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Record(string name, object figures)
    {
        var assembly = System.Reflection.Assembly.GetCallingAssembly().GetName().Name;
        var path = RepositoryRoot.Combine("artifacts", "reliability", $"figures.{assembly}.json");
        lock (Gate)
        {
            Figures[name] = figures;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, JsonSerializer.Serialize(Figures, Indented));
        }
    }
}
