using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>
/// Every player route's reply, text and <c>format=json</c>, pinned by golden files in Ocean/Golden: a known
/// world (seed 2026), known start places (placement seed 1), secret ids made repeatable (id seed 1) and a clock moved by hand.
/// </summary>
public sealed class OceanGoldenTests : IAsyncLifetime
{
    private readonly MoceanFactory factory = new()
    {
        Settings = { ["Seed"] = "2026", ["PlacementSeed"] = "1", ["IdSeed"] = "1" },
    };

    private const string Ann = "fh4lv6jv"; // the first and second ids of id seed 1
    private const string Bob = "ak78ukex";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero));
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient(clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>Asks the route twice (text, then JSON) and compares both with NAME.txt and NAME.json.</summary>
    private async Task Pin(string name, string url)
    {
        var join = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        OceanKit.AssertGolden(name + ".txt", (await client.Get(url)).Text);
        OceanKit.AssertGolden(name + ".json", (await client.Get($"{url}{join}format=json")).Text);
    }

    [Fact]
    public async Task EveryRouteAnswersInItsPinnedTextAndJsonForms()
    {
        Assert.Equal(Ann, (await client.Get("/join?name=Ann")).Text);
        OceanKit.AssertGolden("join.json", (await client.Get("/join?name=Bob&format=json")).Text);
        await Pin("who", "/who");
        await Pin("name", $"/name?id={Ann}");
        await Pin("location", $"/location?id={Ann}");
        await Pin("velocity", $"/velocity?id={Ann}");
        await Pin("accel", $"/accel?id={Ann}&ctrl=w");
        clock.Advance(TimeSpan.FromSeconds(2));
        await Pin("location-moving", $"/location?id={Ann}");
        await Pin("stop", $"/stop?id={Ann}");
        await Pin("dive", $"/dive?id={Ann}&ctrl=f");
        await Pin("ping", $"/ping?id={Ann}");
        await Pin("look", $"/look?id={Ann}");
        await Pin("inventory", $"/inventory?id={Ann}");
        await Pin("get-nothing", $"/get?id={Ann}&item=treasure");
        await Pin("use", $"/use?id={Ann}&item=air%20tank");
        await Pin("sendchat", $"/sendchat?id={Ann}&name=Bob&message=meet%20me%20at%20the%20trench");
        OceanKit.AssertGolden("popchat.txt", (await client.Get($"/popchat?id={Bob}")).Text);
        await Pin("popchat-empty", $"/popchat?id={Bob}");
        await Pin("whalename", $"/whalename?id={Ann}");
        await Pin("seamountname", $"/seamountname?id={Ann}");
        await Pin("teleport-refused", $"/teleport?id={Ann}&x=450&y=450");
        await client.Admin("/admin/give?name=Ann&item=teleport%20crystal");
        await Pin("teleport", $"/teleport?id={Ann}&x=450&y=450");
        await Pin("error", "/location?id=zzzz");
        await Pin("quit", $"/quit?id={Bob}");
    }
}
