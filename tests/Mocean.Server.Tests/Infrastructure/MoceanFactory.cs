using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mocean.OceanHosting;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>The real server pipeline in-process, on a temporary data directory of its own.</summary>
public sealed class MoceanFactory : WebApplicationFactory<Program>
{
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "mocean-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Settings a test adds (command-line names without dashes map to the same keys).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>Every line the server logged at Information or above.</summary>
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDir", DataDir);
        builder.UseSetting("AdminKey", AdminKey);
        builder.UseSetting("RateLimit", "0");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public const string AdminKey = "test-admin-key";

    static MoceanFactory() => StartErrors.Install();

    /// <summary>
    /// Starts the server as the base does, and when it stopped again as it started (the host is disposed before
    /// the first request: the server refused to start and said why in one line), fails with that line and the
    /// warnings it logged instead of the test host's bare <see cref="ObjectDisposedException"/>.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        try
        {
            _ = host.Services.GetService(typeof(IServer));
            return host;
        }
        catch (ObjectDisposedException)
        {
            var logged = Logs.Lines.Where(l => l.Level >= LogLevel.Warning).Select(l => $"{l.Level} {l.Category}: {l.Message}");
            throw new InvalidOperationException(
                $"The test server stopped as it started. Standard error: {StartErrors.Last()}. Logged: {string.Join(" | ", logged)}");
        }
    }

    /// <summary>A client of a server whose every clock (the ocean's, the admin key's, Steps') is <paramref name="clock"/>.</summary>
    public HttpClient CreateClient(TimeProvider clock, WebApplicationFactoryClientOptions? options = null) =>
        WithClock(clock).CreateClient(options ?? new WebApplicationFactoryClientOptions());

    /// <summary>
    /// The server with <paramref name="clock"/> as its own clock (<see cref="MoceanClock"/>). The runtime's
    /// <see cref="TimeProvider"/> stays the real one: Orleans' membership reads it, and a silo that sees its
    /// own heartbeat hours old declares itself dead and ends the process.
    /// </summary>
    public WebApplicationFactory<Program> WithClock(TimeProvider clock) =>
        WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(new MoceanClock(clock))));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
