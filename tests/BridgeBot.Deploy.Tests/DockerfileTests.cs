using System.Text.RegularExpressions;
using BridgeBot.Host.Health;
using BridgeBot.Testing;

namespace BridgeBot.Deploy.Tests;

/// <summary>
/// No container daemon (nor its registries) is reachable here, so the image is not built in CI: these tests hold
/// the Dockerfile to the repository it builds from, and the publish step it runs is the one scripts/test.sh builds.
/// </summary>
public class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepositoryRoot.Combine("deploy", "Dockerfile"));

    private static readonly string[] Ignored = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore"))
        .Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();

    [Fact]
    public void EveryCopiedPath_ExistsAndIsNotIgnored()
    {
        var copies = Regex.Matches(Dockerfile, @"^COPY (?!--from)(.+) \S+$", RegexOptions.Multiline)
            .SelectMany(match => match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();

        Assert.NotEmpty(copies);
        Assert.All(copies, path =>
        {
            var full = RepositoryRoot.Combine(path.TrimEnd('/'));
            Assert.True(File.Exists(full) || Directory.Exists(full), $"COPY {path}: not in the repository");
            Assert.DoesNotContain(Ignored, pattern => path.StartsWith(pattern.TrimStart('*', '/'), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void EveryProjectTheHostNeeds_IsRestoredBeforeTheSourcesAreCopied()
    {
        var projects = Directory.GetFiles(RepositoryRoot.Combine("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'));

        Assert.All(projects, project => Assert.Contains($"COPY {project} ", Dockerfile, StringComparison.Ordinal));
        Assert.True(Dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal) < Dockerfile.IndexOf("COPY src/ src/", StringComparison.Ordinal));
    }

    [Fact]
    public void Image_IsMultiStage_RunsAsNonRoot_AndChecksItsOwnHealth()
    {
        Assert.Equal(2, Regex.Count(Dockerfile, "^FROM ", RegexOptions.Multiline));
        Assert.Matches(new Regex(@"^USER \$APP_UID$", RegexOptions.Multiline), Dockerfile);
        Assert.Matches(new Regex($@"CMD \[""dotnet"", ""BridgeBot.Host.dll"", ""{HealthProbe.Argument}"", ""http://127.0.0.1:8080/healthz""\]"), Dockerfile);
        Assert.Matches(new Regex(@"^ENTRYPOINT \[""dotnet"", ""BridgeBot.Host.dll""\]$", RegexOptions.Multiline), Dockerfile);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "BridgeBot.Host.dll")), "the entry point the image runs is what the host project builds");
    }
}
