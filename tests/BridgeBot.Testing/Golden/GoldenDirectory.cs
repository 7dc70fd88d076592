using System.Text.Json.Nodes;
using Xunit;

namespace BridgeBot.Testing.Golden;

/// <summary>
/// A folder of committed JSON files a renderer's output is compared with. With <c>BRIDGEBOT_UPDATE_GOLDEN=1</c> the
/// files are rewritten instead (and stale ones deleted), so a deliberate change is one re-run and a reviewed diff.
/// </summary>
/// <param name="serialize">How the renderer's JSON is written (indented, as people read it).</param>
/// <param name="relativePath">The folder, from the repository root.</param>
public sealed class GoldenDirectory(Func<JsonObject, string> serialize, params string[] relativePath)
{
    public static bool Updating => Environment.GetEnvironmentVariable("BRIDGEBOT_UPDATE_GOLDEN") == "1";

    public string Path { get; } = RepositoryRoot.Combine(relativePath);

    public string PathOf(string name) => System.IO.Path.Combine(Path, name + ".json");

    public void Verify(string name, JsonObject json) => VerifyFile(name + ".json", serialize(json));

    /// <summary>Compares <paramref name="text"/> (an SVG, a page) with the committed file <paramref name="fileName"/>.</summary>
    public void VerifyFile(string fileName, string text)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        var actual = text.ReplaceLineEndings("\n") + "\n";
        if (Updating)
        {
            Directory.CreateDirectory(Path);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with BRIDGEBOT_UPDATE_GOLDEN=1 and review the new file.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    /// <summary>The folder holds exactly the files of <paramref name="names"/> (when updating, others are deleted first).</summary>
    public void VerifyHoldsExactly(IEnumerable<string> names)
    {
        var expected = names.Order(StringComparer.Ordinal).ToArray();
        if (Updating)
        {
            foreach (var stale in Directory.GetFiles(Path, "*.json").Where(file => !expected.Contains(System.IO.Path.GetFileNameWithoutExtension(file))))
            {
                File.Delete(stale);
            }
        }

        var files = Directory.GetFiles(Path, "*.json").Select(System.IO.Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(expected, files);
    }
}
