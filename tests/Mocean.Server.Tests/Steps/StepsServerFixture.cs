using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>One real server process shared by the tests of a class, stopped and cleaned up after.</summary>
public sealed class StepsServerFixture : IAsyncLifetime
{
    public ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        TryDelete(Server.DataDir);
    }

    public static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
