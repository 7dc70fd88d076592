namespace BridgeBot.Testing;

/// <summary>Finds the repository root (the folder holding BridgeBot.sln) from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "BridgeBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No BridgeBot.sln above {AppContext.BaseDirectory}.");
    }
}
