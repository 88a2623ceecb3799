using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations.Settings;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary>
/// The server's settings read from their sources (<see cref="SettingSources"/>), and the start-up wiring that depends
/// on them: systemd, the log queue, Kestrel's limits, forwarded headers, rate limits.
/// </summary>
public static class Configuration
{
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

        foreach (var url in (string.IsNullOrEmpty(urls) ? SettingSources.DefaultUrls : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
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

    public static WebApplicationBuilder AddMoceanConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddMoceanSources(args, ServerSettings.Table);
        builder.Services.AddSettings<ServerOptions>();
        builder.Services.AddSettings<SettingsFileOptions>();
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
            builder.WebHost.UseUrls(SettingSources.DefaultUrls);
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
