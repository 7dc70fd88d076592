namespace BridgeBot.Host.Digests;

/// <summary>Registers the digest scheduler.</summary>
public static class DigestHostingExtensions
{
    /// <summary>Adds the scheduler (when <see cref="DigestOptions.Enabled"/>) with its validated options.</summary>
    public static IHostApplicationBuilder AddBridgeBotDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations()
            .Validate(options => options.WatchdogDelay > options.PostTimeout, "Digests:WatchdogDelay must be longer than Digests:PostTimeout.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DigestPublishers>();
        builder.Services.AddSingleton<DigestSweeper>();
        builder.Services.AddSingleton<DigestRunner>();
        if (builder.Configuration.GetValue(DigestOptions.Section + ":" + nameof(DigestOptions.Enabled), true))
        {
            builder.Services.AddSingleton<DigestScheduler>();
            builder.Services.AddHostedService(provider => provider.GetRequiredService<DigestScheduler>());
        }

        return builder;
    }
}
