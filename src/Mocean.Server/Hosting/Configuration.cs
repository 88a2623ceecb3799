using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary>
/// Where settings come from (in rising precedence: <c>mocean.json</c> beside the program or <c>--config FILE</c>,
/// <c>MOCEAN_</c> environment variables, the command line), and the server's start-up wiring that depends on them:
/// systemd, the log queue, Kestrel's limits, forwarded headers, rate limits.
/// </summary>
public static class Configuration
{
    public const string DefaultUrls = "http://0.0.0.0:8080";

    public const string EnvironmentPrefix = "MOCEAN_";

    /// <summary>
    /// The plain addresses the server will listen on: <c>--urls</c>, else the default, or none when Kestrel endpoints
    /// in the settings file (HTTPS with a certificate) take their place. A malformed one is left out (Kestrel
    /// explains it when it starts).
    /// </summary>
    public static IEnumerable<(string Url, BindingAddress Address)> ListenAddresses(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = configuration["urls"];
        if (string.IsNullOrEmpty(urls) && configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            yield break;
        }

        foreach (var url in (string.IsNullOrEmpty(urls) ? DefaultUrls : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            BindingAddress address;
            try
            {
                address = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                continue;
            }

            yield return (url, address);
        }
    }

    /// <summary>The settings file: <c>--config FILE</c>, else <c>MOCEAN_CONFIG</c>, else <c>mocean.json</c> beside the program.</summary>
    public static string ConfigFile(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--config" && i + 1 < args.Length)
            {
                return Path.GetFullPath(args[i + 1]);
            }

            if (args[i].StartsWith("--config=", StringComparison.Ordinal))
            {
                return Path.GetFullPath(args[i]["--config=".Length..]);
            }
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentPrefix + "CONFIG");
        return string.IsNullOrEmpty(fromEnvironment)
            ? Path.Combine(AppContext.BaseDirectory, "mocean.json")
            : Path.GetFullPath(fromEnvironment);
    }

    /// <summary>Adds the three sources of settings, lowest first.</summary>
    public static IConfigurationBuilder AddMoceanSources(this IConfigurationBuilder configuration, string[] args) =>
        configuration
            .AddJsonFile(ConfigFile(args), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddCommandLine(args, SettingTable.Switches());

    public static WebApplicationBuilder AddMoceanConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddMoceanSources(args);
        builder.Services.AddSettings<ServerOptions>();
        builder.Services.AddSettings<AddressBoundsOptions>();
        builder.Services.AddSettings<HeavyWorkOptions>();
        builder.Services.AddSettings<LogOptions>();
        builder.Services.AddSettings<PublicAddressOptions>();
        builder.Services.AddHostedService<ClassicAliasWarning>();
        // Bound where the silo is added (Mocean.OceanHosting), checked here with the others.
        builder.Services.AddOptions<StoreOptions>().ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OceanHostOptions>().ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ClassicOptions>().ValidateDataAnnotations().ValidateOnStart();

        // Kestrel endpoints in the settings file (HTTPS with a certificate) replace the default address.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Services.AddMoceanSystemd();
        builder.AddMoceanLogging();
        builder.Services.TryAddSingleton(MoceanClock.FromSetting(builder.Configuration["Clock"]));
        builder.Services.AddMoceanStatus();
        builder.Services.AddMoceanRateLimits();
        builder.Services.AddSingleton<HeavyWork>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<AddressBoundsOptions>>(TrustProxies);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
        });
        return builder;
    }

    /// <summary>The log: our own queue (drops and counts under overload), journal priorities under systemd.</summary>
    private static void AddMoceanLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_ => new LogQueue(Console.OpenStandardOutput(), SystemdService.IsRunning));
        builder.Services.AddSingleton<ILoggerProvider, QueueLoggerProvider>();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Data Protection warns at every new key that no XML encryptor is configured; the keys are in the data
        // directory, readable by the server's user only (Admin/PrivateKeyFolder.cs), like the admin key itself.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        builder.Services.AddOptions<LoggerFilterOptions>()
            .Configure<IOptions<LogOptions>>((filter, options) => filter.MinLevel = options.Value.LogLevel);
    }

    // The list is checked as the options are made (AddressBoundsOptions.CheckProxies): each is a network or an address.
    private static void TrustProxies(ForwardedHeadersOptions forwarded, IOptions<AddressBoundsOptions> options)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in options.Value.TrustedProxyList)
        {
            if (proxy.Contains('/', StringComparison.Ordinal))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
            else
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        }
    }
}
