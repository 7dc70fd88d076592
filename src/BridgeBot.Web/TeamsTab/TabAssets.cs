using System.Reflection;

namespace BridgeBot.Web.TeamsTab;

/// <summary>The tab's page and script, embedded in the assembly (plain files, no build step).</summary>
internal static class TabAssets
{
    public static string Page { get; } = Read("tab.html");

    public static string Script { get; } = Read("tab.js");

    private static string Read(string name)
    {
        var assembly = typeof(TabAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream($"BridgeBot.Web.TeamsTab.{name}")
            ?? throw new InvalidOperationException($"The embedded resource TeamsTab/{name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
