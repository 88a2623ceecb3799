namespace Mocean.Server.Hosting;

/// <summary>Where settings come from, and the command-line names the spec fixes.</summary>
public static class Configuration
{
    /// <summary>Command-line names (as scripts and tests use them) to setting names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Switches = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--data-dir"] = nameof(MoceanOptions.DataDir),
        ["--admin-key"] = nameof(MoceanOptions.AdminKey),
        ["--rate-limit"] = nameof(MoceanOptions.RateLimit),
        ["--row-cap"] = nameof(MoceanOptions.RowCap),
        ["--require-api-keys"] = nameof(MoceanOptions.RequireApiKeys),
        ["--puzzles"] = nameof(MoceanOptions.Puzzles),
        ["--seed"] = nameof(MoceanOptions.Seed),
        ["--log-requests"] = nameof(MoceanOptions.LogRequests),
        ["--sequential-ids"] = "SequentialIds",
        ["--idle-minutes"] = "IdleMinutes",
        ["--blocked-words"] = "BlockedWords",
        ["--silo-port"] = "SiloPort",
        ["--gateway-port"] = "GatewayPort",
    };

    public const string DefaultUrls = "http://0.0.0.0:8080";

    public static WebApplicationBuilder AddMoceanConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "mocean.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables("MOCEAN_")
            .AddCommandLine(args, new Dictionary<string, string>(Switches));
        builder.Services.Configure<MoceanOptions>(builder.Configuration);

        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }
}
