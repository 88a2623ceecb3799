using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Grains;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Grains;

/// <summary>The directory grain through the real silo of a test host, as the ocean grain will call it.</summary>
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
    public async Task IdsAreUniqueAcrossOceansWhileNamesAreUniquePerOcean()
    {
        var name = Unique("Ann");
        var inMain = await Directory.Reserve("main", name);
        var inOther = await Directory.Reserve("lagoon", name);
        Assert.False(inMain.NameTaken);
        Assert.False(inOther.NameTaken);
        Assert.NotEqual(inMain.Entry!.Id, inOther.Entry!.Id);
        Assert.True((await Directory.Reserve("lagoon", name.ToLowerInvariant())).NameTaken);
        Assert.Equal("lagoon", (await Directory.Find(inOther.Entry.Id))!.Ocean);
    }

    [Fact]
    public async Task FindMarksThePlayerSeen()
    {
        var entry = (await Directory.Reserve("main", Unique("Bob"))).Entry!;
        await Task.Delay(20);
        var seen = await Directory.Find(entry.Id);
        Assert.True(seen!.LastSeen > entry.LastSeen);
        Assert.Equal(entry.Joined, seen.Joined);
    }

    [Fact]
    public async Task ReleaseManyFreesTheGivenIdsAndSkipsUnknownOnes()
    {
        var a = (await Directory.Reserve("reef", Unique("A"))).Entry!;
        var b = (await Directory.Reserve("reef", Unique("B"))).Entry!;
        var c = (await Directory.Reserve("reef", Unique("C"))).Entry!;
        Assert.Equal(2, await Directory.ReleaseMany([a.Id, b.Id, "nosuchid", a.Id]));
        Assert.Null(await Directory.Find(a.Id));
        Assert.Null(await Directory.Find(b.Id));
        Assert.NotNull(await Directory.Find(c.Id));
        Assert.False((await Directory.Reserve("reef", a.Name)).NameTaken);
    }

    [Fact]
    public async Task ReleasingAllOfAnOceanLeavesTheOthers()
    {
        var gone = (await Directory.Reserve("bay", Unique("D"))).Entry!;
        var stays = (await Directory.Reserve("main", Unique("E"))).Entry!;
        var released = await Directory.ReleaseIdle("bay", DateTimeOffset.MaxValue);
        Assert.Equal([gone.Id], released.Select(p => p.Id));
        Assert.Empty(await Directory.List("bay"));
        Assert.NotNull(await Directory.Find(stays.Id));
    }

    [Fact]
    public async Task TheListShowsEveryoneOfAnOceanInOrderOfJoining()
    {
        ImmutableArray<string> names = [Unique("F"), Unique("G"), Unique("H")];
        foreach (var name in names)
        {
            await Directory.Reserve("cove", name);
        }

        var listed = await Directory.List("cove");
        Assert.Equal(names, listed.Select(p => p.Name));
        Assert.All(listed, p => Assert.Equal("cove", p.Ocean));
    }
}
