using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Client.Tests;

/// <summary>One in-process server per test class, and a <see cref="MoceanClient"/> talking to it through the real pipeline.</summary>
public sealed class ClientFixture : IAsyncLifetime
{
    public MoceanFactory Server { get; } = new();

    public MoceanClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = new MoceanClient(Server.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
