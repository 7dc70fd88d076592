using System.Collections.Concurrent;
using System.Text.Json;

namespace BridgeBot.Testing.Reliability;

/// <summary>
/// The figures the reliability suite measured, written to <c>artifacts/reliability/figures.json</c> as each test ends,
/// for docs/reliability.md. Figures are counts (sent, stored, duplicated, lost), never timings that a test asserts on.
/// </summary>
public static class ReliabilityFigures
{
    private static readonly ConcurrentDictionary<string, object> Figures = new();
    private static readonly Lock Gate = new();
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Record(string name, object figures)
    {
        Figures[name] = figures;
        var path = RepositoryRoot.Combine("artifacts", "reliability", "figures.json");
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var all = new SortedDictionary<string, object>(Figures, StringComparer.Ordinal);
            File.WriteAllText(path, JsonSerializer.Serialize(all, Indented));
        }
    }
}
