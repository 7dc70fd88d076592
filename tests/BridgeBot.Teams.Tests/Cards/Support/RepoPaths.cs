namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>Where the repository's files are, found from the test binaries by walking up to the solution.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BridgeBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BridgeBot.sln above {AppContext.BaseDirectory}.");
    }
}
