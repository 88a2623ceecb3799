using Microsoft.Extensions.DependencyInjection;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;
using Orleans.Storage;

namespace Mocean.Server.Tests.Grains;

public sealed class SiloHostingTests
{
    [Fact]
    public async Task ManyTestHostsWithTheirOwnSiloRunAtOnce()
    {
        var factories = Enumerable.Range(0, 4).Select(_ => new MoceanFactory()).ToArray();
        try
        {
            var ids = await Task.WhenAll(factories.Select(f => f.CreateClient().GetStringAsync("/join?name=Ann")));
            for (var i = 0; i < factories.Length; i++)
            {
                Assert.Equal("there are 1 players: Ann", await factories[i].CreateClient().GetStringAsync("/who"));
                Assert.Equal("Ann", await factories[i].CreateClient().GetStringAsync($"/name?id={ids[i]}"));
            }
        }
        finally
        {
            foreach (var factory in factories)
            {
                await factory.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task TheDefaultGrainStorageIsTheSqliteFileInTheDataDirectory()
    {
        await using var factory = new MoceanFactory();
        _ = factory.CreateClient();
        var storage = factory.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        Assert.IsType<SqliteGrainStorage>(storage);
        Assert.Same(storage, factory.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name));

        await factory.CreateClient().GetStringAsync("/join?name=Ann");
        Assert.True(File.Exists(Path.Combine(factory.DataDir, GrainStorage.FileName)));
    }
}
