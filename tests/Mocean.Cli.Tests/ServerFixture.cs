using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Cli.Tests;

/// <summary>One real server process per test class, on a free loopback port.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public ServerProcess Server { get; private set; } = null!;

    public string Url => Server.BaseUrl;

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Server.DataDir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
