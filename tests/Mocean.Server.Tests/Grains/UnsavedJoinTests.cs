using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;
using Orleans.Storage;

namespace Mocean.Server.Tests.Grains;

/// <summary>In classic mode each id number is on disk before anyone learns it: when the disk fails, join says so and holds nothing.</summary>
public sealed class UnsavedJoinTests : IAsyncDisposable
{
    private readonly MoceanFactory factory = new() { Settings = { ["Classic"] = "true" } };
    private readonly FailingDisk disk = new();

    [Fact]
    public async Task AJoinWhoseIdCannotBeSavedGets503AndTheNameStaysFree()
    {
        var client = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            // The real storage, with writes of the directory's row failing while the disk is "full".
            var real = services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, GrainStorage.Name));
            services.AddKeyedSingleton<IGrainStorage>(GrainStorage.Name, (provider, key) =>
                new FailingDiskStorage((IGrainStorage)real.KeyedImplementationFactory!(provider, key), disk));
        })).CreateClient();

        Assert.Equal("0", await client.GetStringAsync("/join?name=First"));

        disk.Full = true;
        var (status, text) = await client.Get("/join?name=Second");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("the server cannot save new players right now (its disk may be full); tell your teacher, and try again in a minute", text.Trim());
        Assert.Equal("there are 1 players: First ", await client.GetStringAsync("/who"));

        disk.Full = false;
        var second = await client.GetStringAsync("/join?name=Second");
        Assert.Equal("2", second); // the number that could not be saved is never handed out
        Assert.Equal("Second", await client.GetStringAsync($"/name?id={second}"));
        Assert.Equal("bad player id; try debugging using the id route", (await client.Get("/name?id=1")).Text);
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    private sealed class FailingDisk
    {
        public volatile bool Full;
    }

    private sealed class FailingDiskStorage(IGrainStorage inner, FailingDisk disk) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            disk.Full && stateName == "players"
                ? Task.FromException(new IOException("No space left on device"))
                : inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
