using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Admin;

/// <summary>
/// The teacher's sign-in is asked only where a route needs it: the game's requests run no authentication and leave no
/// line in the log, on a server with an admin key or without one (a class server's journal once got a line a request).
/// </summary>
public sealed class QuietAuthenticationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheGamesRequestsLogNothingAboutTheTeacher(bool withKey)
    {
        await using var server = new MoceanFactory();
        if (!withKey)
        {
            server.Settings["AdminKey"] = "";
        }

        using var client = server.CreateClient();
        var id = (await client.GetStringAsync("/join?name=Quiet")).Trim();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/location?id={id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hello")).StatusCode);
        }

        using var admin = await client.GetAsync("/admin/players");
        Assert.Equal(withKey ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Category.Contains("Authentication", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTeachersSchemeIsNobodysDefault()
    {
        // The only scheme would become ASP.NET's default for every request (and run on all of them) unless Program
        // sets the switch that stops it; the handler's own lines are filtered, so this is where its absence shows.
        await using var server = new MoceanFactory();
        var schemes = server.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.Equal(["Teacher"], (await schemes.GetAllSchemesAsync()).Select(scheme => scheme.Name));
        Assert.Null(await schemes.GetDefaultAuthenticateSchemeAsync());
        Assert.Null(await schemes.GetDefaultChallengeSchemeAsync());
    }
}
