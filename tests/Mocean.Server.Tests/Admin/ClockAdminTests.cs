using System.Net;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Admin;

/// <summary>
/// The server's clock behind the admin key: a standing clock (<c>--clock</c>) moves only when told and moves the
/// ocean with it; the machine's clock is never moved.
/// </summary>
public sealed class ClockAdminTests
{
    [Fact]
    public async Task TheMachinesClockIsNeverMoved()
    {
        await using var factory = new MoceanFactory();
        var client = factory.CreateClient();

        Assert.EndsWith("(the machine's)", (await client.Admin("/admin/clock", method: HttpMethod.Get)).Text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Conflict, "the clock is the machine's and cannot be moved: start the server with --clock TIME for one that can"),
            await client.Admin("/admin/clock?seconds=60"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Admin("/admin/clock?seconds=60", key: null)).Status);
    }

    [Fact]
    public async Task AStandingClockMovesOnlyWhenToldAndTheOceanWithIt()
    {
        await using var factory = new MoceanFactory();
        factory.Settings["Clock"] = "2026-03-14T15:09:26Z";
        var client = factory.CreateClient();
        var id = (await client.Get("/join?name=Tick")).Text;
        var before = (await client.Get($"/accel?id={id}&ctrl=w")).Text;

        Assert.Equal((HttpStatusCode.OK, "the clock is 2026-03-14T15:09:26Z (standing: POST /admin/clock?seconds=N moves it)"), await client.Admin("/admin/clock", method: HttpMethod.Get));
        Assert.Equal(before.Split(',')[..3], (await client.Get($"/location?id={id}")).Text.Split(',')[..3]);
        Assert.Equal((HttpStatusCode.BadRequest, "send seconds=N, a number from 0 to 31622400, not '-5'"), await client.Admin("/admin/clock?seconds=-5"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Admin("/admin/clock")).Status);
        Assert.Equal((HttpStatusCode.OK, "the clock is 2026-03-14T15:09:36.5Z (standing: POST /admin/clock?seconds=N moves it)"), await client.Admin("/admin/clock?seconds=10.5"));
        Assert.NotEqual(before.Split(',')[..3], (await client.Get($"/location?id={id}")).Text.Split(',')[..3]);
    }
}
