using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Classic;

/// <summary>One real server process in classic mode (<c>--classic true</c>), shared by the tests of a class.</summary>
public sealed class ClassicServerFixture : IAsyncLifetime
{
    public ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync(extraArgs: ["--classic", "true"]);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        StepsServerFixture.TryDelete(Server.DataDir);
    }
}
