using System.Reflection;
using System.Text.RegularExpressions;

namespace BridgeBot.Domain.Tests;

public partial class DomainPurityTests
{
    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = typeof(BridgeBot.Domain.Conflicts.ReleaseConflict).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Domain references {name}"));
    }

    [Fact]
    public void Domain_ProjectHasNoPackageOrProjectReference()
    {
        var project = File.ReadAllText(Path.Combine(SourceRoot(), "BridgeBot.Domain.csproj"));

        Assert.DoesNotContain("PackageReference", project);
        Assert.DoesNotContain("ProjectReference", project);
    }

    [Fact]
    public void Domain_NeverReadsTheClockOrRandomnessDirectly()
    {
        var offenders = Directory.EnumerateFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, i)))
            .Where(x => ClockOrRandom().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.path)}:{x.i + 1}: {x.line.Trim()}")
            .ToArray();

        Assert.Empty(offenders);
    }

    private static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BridgeBot.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("BridgeBot.sln not found above the test binaries"),
            "src", "BridgeBot.Domain");
    }

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|Guid\.NewGuid|new Random\(|Random\.Shared|Stopwatch\.")]
    private static partial Regex ClockOrRandom();
}
