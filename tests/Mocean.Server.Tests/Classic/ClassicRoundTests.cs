using System.Net;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Classic;

/// <summary>
/// Rounds, which the original did not have, keep working in classic mode: players of a teacher's ocean play one with
/// the original's ids (0, 1, 2... of that ocean, sent with <c>ocean=</c>); the round's refusals keep their 403 and 409,
/// and an unknown id gets the original's line, as on every other route (the server's clock moved by hand).
/// </summary>
public sealed class ClassicRoundTests : IAsyncLifetime
{
    private const string BadId = "bad player id; try debugging using the id route";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero));
    private readonly MoceanFactory factory = new() { Settings = { ["Classic"] = "true" } };
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient(clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task ARoundIsPlayedWithTheOriginalsIdsOfItsOcean()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.Admin("/admin/ocean?ocean=reef&seed=42")).Status);
        string[] names = ["Ann", "Bob", "Cara", "Dan"];
        for (var i = 0; i < names.Length; i++)
        {
            Assert.Equal((HttpStatusCode.OK, $"{i}"), await client.Get($"/join?name={names[i]}&ocean=reef"));
        }

        Assert.Equal((HttpStatusCode.OK, "0"), await client.Get("/join?name=Eve"));
        Assert.Equal((HttpStatusCode.OK, "none,0,0,0,4,0"), await client.Get("/round?ocean=reef"));
        Assert.Equal((HttpStatusCode.OK, "play,900,0,15,4,0"), await client.Admin("/admin/round?ocean=reef&seed=5"));
        Assert.Equal((HttpStatusCode.OK, "play,900,0,15,4,0"), await client.Get("/round?id=1&ocean=reef"));
        Assert.Equal((HttpStatusCode.OK, "none,0,0,0,1,0"), await client.Get("/round?id=0"));
        Assert.Equal((HttpStatusCode.OK, BadId), await client.Get("/round?id=7&ocean=reef"));

        var roles = (await client.Admin("/admin/round/roles?ocean=reef", method: HttpMethod.Get)).Text.Split('\n');
        var impostor = Array.IndexOf(names, Assert.Single(roles, r => r.EndsWith(",impostor", StringComparison.Ordinal)).Split(',')[0]);
        var crew = impostor == 0 ? 1 : 0;
        Assert.Equal((HttpStatusCode.OK, "crew,alive"), await client.Get($"/role?id={crew}&ocean=reef"));
        Assert.StartsWith("impostor,alive", (await client.Get($"/role?id={impostor}&ocean=reef")).Text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "none"), await client.Get("/role?id=0"));
        Assert.Equal((HttpStatusCode.OK, BadId), await client.Get("/role?id=7&ocean=reef"));
        Assert.Equal(5, (await client.Get($"/tasks?id={crew}&ocean=reef")).Text.Split('\n').Length);

        Assert.Equal((HttpStatusCode.Forbidden, "you cannot tag"), await client.Get($"/tag?id={crew}&ocean=reef"));
        Assert.Equal((HttpStatusCode.Conflict, "too soon: you can tag in 10 s"), await client.Get($"/tag?id={impostor}&ocean=reef"));
        Assert.Equal((HttpStatusCode.OK, "you called a meeting: 90 s to talk and vote"), await client.Get($"/meeting?id={crew}&ocean=reef"));
        Assert.Equal(HttpStatusCode.Conflict, (await client.Get($"/accel?id={crew}&ocean=reef&ctrl=w")).Status);
        Assert.Equal((HttpStatusCode.OK, "said"), await client.Get($"/say?id={crew}&ocean=reef&message=who%20was%20it"));
        Assert.Equal((HttpStatusCode.OK, $"1,,{names[crew]} called a meeting\n2,{names[crew]},who was it"), await client.Get($"/hear?id={impostor}&ocean=reef"));
        Assert.Equal((HttpStatusCode.OK, "you voted"), await client.Get($"/vote?id={crew}&ocean=reef&name=skip"));
        Assert.Equal((HttpStatusCode.Conflict, "you have voted in this meeting: one vote each"), await client.Get($"/vote?id={crew}&ocean=reef&name=skip"));

        Assert.Equal((HttpStatusCode.OK, "the round is ended: the ocean is the sandbox again"), await client.Admin("/admin/round/end?ocean=reef"));
        Assert.Equal((HttpStatusCode.OK, "none,0,0,0,4,0"), await client.Get("/round?id=3&ocean=reef"));
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/accel?id={crew}&ocean=reef&ctrl=w")).Status);
        Assert.Equal((HttpStatusCode.OK, $"player {names[crew]} removed from the game"), await client.Get($"/quit?name={names[crew]}&ocean=reef"));
    }
}
