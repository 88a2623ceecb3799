using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>One real server process shared by the tests of a class (or of the classes of <see cref="ServerReaders"/>), stopped and cleaned up after.</summary>
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

/// <summary>The classes that only read what a real server process serves (no player, name or data set of theirs) share one.</summary>
[CollectionDefinition(Name)]
public sealed class ServerReaders : ICollectionFixture<StepsServerFixture>
{
    public const string Name = "one server process, only read";
}
