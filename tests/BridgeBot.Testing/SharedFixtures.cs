namespace BridgeBot.Testing;

/// <summary>
/// The captured platform payloads in <c>tests/fixtures/{channel}/</c> (copied from the team's shared captures,
/// so a clean clone has them).
/// </summary>
public static class SharedFixtures
{
    public static string Directory(string channel)
    {
        var directory = RepositoryRoot.Combine("tests", "fixtures", channel);
        return System.IO.Directory.Exists(directory)
            ? directory
            : throw new DirectoryNotFoundException($"No fixtures for {channel} at {directory}.");
    }

    public static IEnumerable<string> JsonFiles(string channel) =>
        System.IO.Directory.EnumerateFiles(Directory(channel), "*.json").Order(StringComparer.Ordinal);

    public static string Read(string channel, string fileName) => File.ReadAllText(Path.Combine(Directory(channel), fileName));
}
