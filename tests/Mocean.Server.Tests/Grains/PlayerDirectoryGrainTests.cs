using Microsoft.Extensions.DependencyInjection;
using Mocean.Grains;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Grains;

/// <summary>The directory grain through the real silo of a test host, as the routes and the ocean grains call it.</summary>
public sealed class PlayerDirectoryGrainTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private IPlayerDirectoryGrain Directory
    {
        get
        {
            _ = factory.Server;
            return factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key);
        }
    }

    private static string Unique(string stem) => stem + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task EveryReservationGetsAnIdOfItsOwnWhateverTheNameForTheOceanDecidesNames()
    {
        var name = Unique("Ann");
        var inMain = (await Directory.Reserve("main", name)).Entry!;
        var inOther = (await Directory.Reserve("lagoon", name)).Entry!;
        var again = (await Directory.Reserve("lagoon", name.ToLowerInvariant())).Entry!;
        Assert.Equal(3, new[] { inMain.Id, inOther.Id, again.Id }.Distinct().Count());
        Assert.Equal(new PlayerEntry(inOther.Id, "lagoon", name), await Directory.Find(inOther.Id));
    }

    [Fact]
    public async Task ReleasingAnIdForgetsItOnce()
    {
        var a = (await Directory.Reserve("reef", Unique("A"))).Entry!;
        var b = (await Directory.Reserve("reef", Unique("B"))).Entry!;
        Assert.Equal(a, await Directory.Release(a.Id));
        Assert.Null(await Directory.Release(a.Id));
        Assert.Null(await Directory.Find(a.Id));
        Assert.Equal(b, await Directory.Find(b.Id));
    }

    [Fact]
    public async Task ReleasingAnOceanLeavesTheOthers()
    {
        var gone = (await Directory.Reserve("bay", Unique("D"))).Entry!;
        var stays = (await Directory.Reserve("main", Unique("E"))).Entry!;
        var released = await Directory.ReleaseOcean("bay");
        Assert.Equal(gone, Assert.Single(released));
        Assert.Null(await Directory.Find(gone.Id));
        Assert.Equal(stays, await Directory.Find(stays.Id));
        Assert.Empty(await Directory.ReleaseOcean("bay"));
    }
}
