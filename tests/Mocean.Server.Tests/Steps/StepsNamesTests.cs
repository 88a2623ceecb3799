using System.Net;
using System.Text.Json;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>One address cannot flood the progress table with names, and the table comes in pages.</summary>
public sealed class StepsNamesTests : IAsyncDisposable
{
    private readonly MoceanFactory factory = new() { Settings = { ["StepsNamesPerAddress"] = "260" } };

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task AnAddressPastItsShareOfNamesIsRefusedAndItsOwnNamesGoOn()
    {
        await using var small = new MoceanFactory { Settings = { ["StepsNamesPerAddress"] = "3" } };
        using var client = small.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/problem?solution=32&name=n{i}")).StatusCode);
        }

        using var refused = await client.GetAsync("/problem?solution=32&name=n3");
        using var duck = await client.GetAsync("/duck?destination=10,0&name=n4");
        using var again = await client.GetAsync("/problem?solution=32&name=n0");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("your address has already used 3 different Steps names; go on with one of them (a name is for one person)", (await refused.Content.ReadAsStringAsync()).Trim());
        Assert.Equal(HttpStatusCode.TooManyRequests, duck.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain("n3", await client.GetStringAsync("/steps/progress"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FuzzedPagesAndNamesNeverAnswer5xx()
    {
        using var client = factory.CreateClient();
        var random = new Random(14);
        string[] pages = ["0", "-1", "1e3", "99999999999", " 2", "%00", "1.5", "0x10", "٣", "2147483648"];
        for (var i = 0; i < 200; i++)
        {
            var page = random.Next(3) == 0 ? pages[random.Next(pages.Length)] : random.Next(-5, 20).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var name = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(32, 0x250))]);
            using var progress = await client.GetAsync($"/steps/progress?page={Uri.EscapeDataString(page)}");
            using var solve = await client.GetAsync($"/problem?solution=32&name={Uri.EscapeDataString(name)}");
            Assert.True((int)progress.StatusCode < 500, $"page={page}: {progress.StatusCode}");
            Assert.True((int)solve.StatusCode < 500, $"name={name}: {solve.StatusCode}");
        }
    }

    [Fact]
    public async Task TheProgressTableComesInPagesOfAHundred()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 250; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/problem?solution=32&name=p{i:000}")).StatusCode);
        }

        var first = (await client.GetStringAsync("/steps/progress")).Split('\n');
        var last = (await client.GetStringAsync("/steps/progress?page=3")).Split('\n');
        using var beyond = await client.GetAsync("/steps/progress?page=4");
        using var bad = await client.GetAsync("/steps/progress?page=two");
        var json = JsonDocument.Parse(await client.GetStringAsync("/steps/progress?page=2&format=json")).RootElement;

        Assert.Equal("Steps progress: 250 players, 9 puzzles in the chain; page 1 of 3 (add page=2 for the next)", first[0]);
        Assert.Equal(101, first.Length);
        Assert.Equal("Steps progress: 250 players, 9 puzzles in the chain; page 3 of 3", last[0]);
        Assert.Equal(51, last.Length);
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
        Assert.Equal("there is no page 4: the progress of 250 players has 3 pages", (await beyond.Content.ReadAsStringAsync()).Trim());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(100, json.GetProperty("players").GetArrayLength());
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(3, json.GetProperty("pages").GetInt32());
        Assert.Equal(250, json.GetProperty("total").GetInt32());
    }
}
