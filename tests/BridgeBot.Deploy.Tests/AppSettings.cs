using System.Text.Json.Nodes;
using BridgeBot.Host.Digests;
using BridgeBot.Host.Retrospectives;
using BridgeBot.Slack.Hosting;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tables;
using BridgeBot.Teams.Authentication;
using BridgeBot.Teams.Connector;
using BridgeBot.Testing;
using BridgeBot.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace BridgeBot.Deploy.Tests;

/// <summary>The three places a setting lives: the Bicep app settings, appsettings.sample.json, and the options classes.</summary>
internal static class AppSettings
{
    /// <summary>Read by the platform (App Service, the Application Insights agent), not by an options class.</summary>
    public static readonly string[] Platform = ["ASPNETCORE_ENVIRONMENT", "APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION"];

    /// <summary>
    /// Sample keys that have no place in Azure: the storage connection string (the account allows no shared keys; the
    /// app uses its managed identity) and log levels (shipped in the app's appsettings.json).
    /// </summary>
    public static readonly string[] LocalOnly = ["Storage:ConnectionString", "Logging:"];

    /// <summary>Where each options class is bound, by the same constants the host binds them with (root: the flat Bot Framework keys).</summary>
    public static readonly (string Section, Type Options)[] Bindings =
    [
        (string.Empty, typeof(BotOptions)),
        (BotAuthenticationOptions.SectionName, typeof(BotAuthenticationOptions)),
        (ConnectorOptions.SectionName, typeof(ConnectorOptions)),
        (SlackOptions.Section, typeof(SlackOptions)),
        (StorageOptions.Section, typeof(StorageOptions)),
        (StorageOptions.Section + ":Retry", typeof(TableRetryOptions)),
        (DigestOptions.Section, typeof(DigestOptions)),
        (RetrospectiveOptions.Section, typeof(RetrospectiveOptions)),
        (WebOptions.Section, typeof(WebOptions)),
    ];

    /// <summary>Every app setting of deploy/app-settings.bicep by name (Section__Key), with its value or ARM expression.</summary>
    public static Dictionary<string, string> FromBicep()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, variable) in Bicep.Settings["variables"]!.AsObject())
        {
            if (variable is not JsonArray entries)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var name = entry!["name"]!.GetValue<string>();
                Assert.True(settings.TryAdd(name, entry["value"]!.GetValue<string>()), $"{name} is set twice in app-settings.bicep");
            }
        }

        return settings;
    }

    /// <summary>The app setting names as configuration keys (<c>Teams__Connector__X</c> → <c>Teams:Connector:X</c>), without the platform's.</summary>
    public static Dictionary<string, string> BicepConfiguration() =>
        FromBicep().Where(pair => !Platform.Contains(pair.Key)).ToDictionary(pair => pair.Key.Replace("__", ":", StringComparison.Ordinal), pair => pair.Value);

    /// <summary>Every leaf key of appsettings.sample.json, with its value.</summary>
    public static Dictionary<string, string?> Sample() =>
        new ConfigurationBuilder().AddJsonFile(RepositoryRoot.Combine("appsettings.sample.json")).Build()
            .AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    public static bool IsLocalOnly(string key) => LocalOnly.Any(local => local.EndsWith(':') ? key.StartsWith(local, StringComparison.Ordinal) : key == local);

    /// <summary>The options class and property a key binds to, or null when none does.</summary>
    public static (Type Options, string Property)? BindingOf(string key)
    {
        var separator = key.LastIndexOf(':');
        var (section, name) = separator < 0 ? (string.Empty, key) : (key[..separator], key[(separator + 1)..]);
        return Bindings.Where(binding => string.Equals(binding.Section, section, StringComparison.OrdinalIgnoreCase))
            .Select(binding => binding.Options.GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase))
            .Where(property => property is { CanWrite: true })
            .Select(property => ((Type, string)?)(property!.DeclaringType!, property.Name))
            .FirstOrDefault();
    }

    /// <summary>Every settable property of every options class, as the key that binds it.</summary>
    public static IEnumerable<string> OptionKeys() =>
        Bindings.SelectMany(binding => binding.Options.GetProperties()
            .Where(property => property.CanWrite && property.SetMethod!.IsPublic)
            .Select(property => binding.Section.Length == 0 ? property.Name : binding.Section + ":" + property.Name));
}
