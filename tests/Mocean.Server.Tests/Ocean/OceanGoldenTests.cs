using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>
/// Every player route's reply, text and <c>format=json</c>, pinned by golden files in Ocean/Golden: a known
/// world (seed 2026), known start places (placement seed 1), sequential ids and a clock moved by hand.
/// </summary>
public sealed class OceanGoldenTests : IAsyncLifetime
{
    private readonly MoceanFactory factory = new()
    {
        Settings = { ["Seed"] = "2026", ["PlacementSeed"] = "1", ["SequentialIds"] = "true" },
    };

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
        Assert.Equal("1", (await client.Get("/join?name=Ann")).Text);
        OceanKit.AssertGolden("join.json", (await client.Get("/join?name=Bob&format=json")).Text);
        await Pin("who", "/who");
        await Pin("name", "/name?id=1");
        await Pin("location", "/location?id=1");
        await Pin("velocity", "/velocity?id=1");
        await Pin("accel", "/accel?id=1&ctrl=w");
        clock.Advance(TimeSpan.FromSeconds(2));
        await Pin("location-moving", "/location?id=1");
        await Pin("stop", "/stop?id=1");
        await Pin("dive", "/dive?id=1&ctrl=f");
        await Pin("ping", "/ping?id=1");
        await Pin("look", "/look?id=1");
        await Pin("inventory", "/inventory?id=1");
        await Pin("get-nothing", "/get?id=1&item=treasure");
        await Pin("use", "/use?id=1&item=air%20tank");
        await Pin("sendchat", "/sendchat?id=1&name=Bob&message=meet%20me%20at%20the%20trench");
        OceanKit.AssertGolden("popchat.txt", (await client.Get("/popchat?id=2")).Text);
        await Pin("popchat-empty", "/popchat?id=2");
        await Pin("whalename", "/whalename?id=1");
        await Pin("seamountname", "/seamountname?id=1");
        await Pin("teleport-refused", "/teleport?id=1&x=450&y=450");
        await client.Admin("/admin/give?name=Ann&item=teleport%20crystal");
        await Pin("teleport", "/teleport?id=1&x=450&y=450");
        await Pin("error", "/location?id=zzzz");
        await Pin("quit", "/quit?id=2");
    }
}
