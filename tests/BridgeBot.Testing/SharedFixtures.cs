namespace BridgeBot.Testing;

/// <summary>
/// Finds the captured payloads in <c>shared/fixtures/</c>, which sits beside the repository
/// (in a worktree and in CI alike), by walking up from the test binaries.
/// </summary>
public static class SharedFixtures
{
    public static string Directory(string channel)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "fixtures", channel);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/fixtures/{channel} above {AppContext.BaseDirectory}.");
    }

    public static IEnumerable<string> JsonFiles(string channel) =>
        System.IO.Directory.EnumerateFiles(Directory(channel), "*.json").Order(StringComparer.Ordinal);

    public static string Read(string channel, string fileName) => File.ReadAllText(Path.Combine(Directory(channel), fileName));
}
