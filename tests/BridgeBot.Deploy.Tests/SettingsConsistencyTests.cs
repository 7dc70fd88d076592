using Microsoft.Extensions.Configuration;

namespace BridgeBot.Deploy.Tests;

public class SettingsConsistencyTests
{
    [Fact]
    public void EveryBicepAppSetting_IsInTheSample()
    {
        var sample = AppSettings.Sample();

        var orphans = AppSettings.BicepConfiguration().Keys.Where(key => !sample.ContainsKey(key)).ToArray();

        Assert.True(orphans.Length == 0, "In app-settings.bicep but not in appsettings.sample.json: " + string.Join(", ", orphans));
    }

    [Fact]
    public void EverySampleSetting_IsInTheBicep_ExceptTheLocalOnlyOnes()
    {
        var bicep = AppSettings.BicepConfiguration();

        var missing = AppSettings.Sample().Keys.Where(key => !AppSettings.IsLocalOnly(key) && !bicep.ContainsKey(key)).ToArray();

        Assert.True(missing.Length == 0, "In appsettings.sample.json but not in app-settings.bicep: " + string.Join(", ", missing));
    }

    [Fact]
    public void EverySampleSetting_IsBoundByAnOptionsClass()
    {
        var unbound = AppSettings.Sample().Keys
            .Where(key => !key.StartsWith("Logging:", StringComparison.Ordinal) && AppSettings.BindingOf(key) is null)
            .ToArray();

        Assert.True(unbound.Length == 0, "No options class binds: " + string.Join(", ", unbound));
    }

    [Fact]
    public void EveryOptionsProperty_IsInTheSample()
    {
        var sample = AppSettings.Sample();

        var undocumented = AppSettings.OptionKeys().Where(key => !sample.ContainsKey(key)).ToArray();

        Assert.True(undocumented.Length == 0, "Options no sample setting shows: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void PlatformSettings_AreExactlyTheKnownOnes()
    {
        var unknown = AppSettings.FromBicep().Keys.Where(name => !name.Contains("__", StringComparison.Ordinal) && AppSettings.BindingOf(name) is null);

        Assert.Equal(AppSettings.Platform.Order(StringComparer.Ordinal), unknown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BicepValues_BindToTheirOptions_WithoutAnUnknownKey()
    {
        // Literal values only: expressions ([...]) are resolved by Azure at deployment.
        var literals = AppSettings.BicepConfiguration().Where(pair => !pair.Value.StartsWith('[')).ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(literals).Build();

        foreach (var (section, options) in AppSettings.Bindings)
        {
            var scope = section.Length == 0 ? RootOnly(configuration) : configuration.GetSection(section);
            if (!scope.GetChildren().Any())
            {
                continue; // every value of this class is an expression (the root's are)
            }

            var bound = scope.Get(options, binder => binder.ErrorOnUnknownConfiguration = !HasNestedOptions(section));
            Assert.True(bound is not null, $"{options.Name} bound nothing from {section}");

        }
    }

    private static bool HasNestedOptions(string section) =>
        AppSettings.Bindings.Any(binding => binding.Section.StartsWith(section + ":", StringComparison.Ordinal));

    private static IConfiguration RootOnly(IConfiguration configuration) =>
        new ConfigurationBuilder().AddInMemoryCollection(configuration.GetChildren().Where(child => child.Value is not null)
            .Select(child => new KeyValuePair<string, string?>(child.Key, child.Value))).Build();
}
