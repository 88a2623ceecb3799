using Mocean.Server.Admin;
using Mocean.Server.Hosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Live;

/// <summary>
/// The teacher's big screen and page: <c>/ocean/live</c> (the map, <c>?ocean=</c> for another ocean),
/// <c>/ocean/live/stream</c> (its Server-Sent Events), <c>/ocean/live/floor?seed=</c> (the depth grid),
/// <c>/teacher</c> (forms over the admin routes), and the sign-in that turns the admin key into a cookie.
/// </summary>
public static class LiveRoutes
{
    public static IServiceCollection AddLive(this IServiceCollection services) => services
        .AddSingleton<FloorMap>()
        .AddSingleton<LiveViewers>()
        .AddSingleton<IOceanWatch, GrainOceanWatch>();

    public static WebApplication MapLive(this WebApplication app)
    {
        app.Services.GetRequiredService<AdminKey>().Open();
        app.MapGet("/ocean/live", (HttpContext context) => LiveAssets.Write(context, "live.html"))
            .WithTags("Live").WithSummary("The live ocean: the map for the big screen (?ocean= for another ocean)");
        app.MapGet("/teacher", (HttpContext context) => LiveAssets.Write(context, "teacher.html"))
            .WithTags("Live").WithSummary("The teacher's page: every admin action as a form, after signing in once");
        app.MapGet("/live/{file}", (HttpContext context, string file) => LiveAssets.Write(context, file)).ExcludeFromDescription();
        app.MapGet("/ocean/live/stream", LiveStream.RunAsync)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .RefusingRepeatedKeys()
            .WithTags("Live").WithSummary("Server-Sent Events: the ocean about seven times a second");
        app.MapGet("/ocean/live/floor", Floor).RefusingRepeatedKeys().WithTags("Live").WithSummary("The sea floor of a seed as a grid of depths (JSON)");
        app.MapPost("/teacher/signin", SignInAsync).WithTags("Live").WithSummary("Form field key=ADMINKEY: a short-lived HttpOnly cookie");
        app.MapPost("/teacher/signout", SignOut).WithTags("Live").WithSummary("Forget the teacher's cookie");
        app.MapGet("/teacher/session", (HttpContext context, AdminKey key) => key.SignedIn(context.Request)
            ? Text(StatusCodes.Status200OK, "signed in")
            : Text(StatusCodes.Status401Unauthorized, "not signed in: POST the admin key to /teacher/signin"))
            .WithTags("Live").WithSummary("Whether this browser is signed in as the teacher");
        return app;
    }

    /// <summary>The ocean a live request names (default <c>main</c>), trimmed, clipped and in lower case as the game keys oceans.</summary>
    internal static string OceanOf(HttpRequest request)
    {
        var ocean = request.Query["ocean"].ToString().Trim();
        return ocean.Length == 0 ? "main" : GameQuery.Clip(ocean, 40).ToLowerInvariant();
    }

    private static async Task<IResult> Floor(HttpContext context, FloorMap floors, HeavyWork heavy)
    {
        if (!ulong.TryParse(context.Request.Query["seed"].ToString().Trim(), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var seed))
        {
            return Text(StatusCodes.Status400BadRequest, "send seed=N (a whole number from 0 to 18446744073709551615)");
        }

        // A floor drawn before is sent as it is; a new seed is drawn on a turn of the expensive work, apart from the game.
        var reply = floors.Drawn(seed);
        if (reply is null)
        {
            var entry = await heavy.EnterAsync(context, context.RequestAborted).ConfigureAwait(false);
            if (entry.Turn is not { } turn)
            {
                return Text(entry.Status, entry.Line);
            }

            using (turn)
            {
                reply = await Task.Run(() => floors.Draw(seed), context.RequestAborted).ConfigureAwait(false);
            }
        }

        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Bytes(reply, "application/json; charset=utf-8");
    }

    private static async Task<IResult> SignInAsync(HttpContext context, AdminKey key)
    {
        if (!context.Request.HasFormContentType)
        {
            return Text(StatusCodes.Status400BadRequest, "post a form with the field key (the admin key)");
        }

        if (!AdminCookie.SameOrigin(context.Request))
        {
            return Text(StatusCodes.Status403Forbidden, "sign in from this server's own pages");
        }

        if (context.Request.ContentLength > SignInLimit)
        {
            return Text(StatusCodes.Status413PayloadTooLarge, "the sign-in form is over 1 MiB: send only the field key");
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException tooBig) when (tooBig.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Text(StatusCodes.Status413PayloadTooLarge, "the sign-in form is over 1 MiB: send only the field key");
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or BadHttpRequestException or IOException)
        {
            // A form over its limits (more than 1,024 fields, say) or a multipart body that is not one.
            return Text(StatusCodes.Status400BadRequest, "the sign-in form cannot be read: post one field, key (the admin key), as a browser's form does");
        }

        return key.SignIn(context, form["key"].ToString()) ?? Text(StatusCodes.Status200OK, "signed in");
    }

    /// <summary>The largest sign-in form read (the server's body limit).</summary>
    private const long SignInLimit = 1024 * 1024;

    private static IResult SignOut(HttpContext context, AdminKey key)
    {
        if (!AdminCookie.SameOrigin(context.Request))
        {
            return Text(StatusCodes.Status403Forbidden, "sign out from this server's own pages");
        }

        return Text(StatusCodes.Status200OK, key.SignOut(context) ? "signed out (every browser signed in before must sign in again)" : "signed out");
    }

    private static IResult Text(int status, string line) =>
        Results.Text(line + "\n", "text/plain; charset=utf-8", System.Text.Encoding.UTF8, status);
}
