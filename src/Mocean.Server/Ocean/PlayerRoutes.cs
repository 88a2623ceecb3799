using Microsoft.Extensions.Options;
using Mocean.Ocean;
using Mocean.Ocean.Chat;
using Mocean.Ocean.Commands;
using Mocean.OceanHosting;
using Mocean.Operations;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// Joining and leaving an ocean: <c>join</c> (a name in an ocean gets a secret id from the directory and a
/// place in the ocean's world), <c>quit</c>, <c>name</c> and <c>who</c>; and the helpers every player route
/// shares (the id, the ocean, one call to the player's ocean grain).
/// </summary>
public static partial class PlayerRoutes
{
    public static IServiceCollection AddPlayerRoutes(this IServiceCollection services) => services
        .AddSingleton(provider => new BlockedWords(provider.GetRequiredService<IOptions<OceanHostOptions>>().Value.BlockedWordList()))
        .AddSingleton<OceanLocator>()
        .AddSingleton<JoinBounds>()
        .AddSingleton<IStatusContributor, OceanStatus>();

    public static WebApplication MapPlayerRoutes(this WebApplication app)
    {
        app.MapText("/join", JoinAsync).WithTags("Ocean").WithSummary("Join an ocean: the reply is your secret id")
            .WithQuery("name", "your name in the game: 1-20 letters and digits", required: true)
            .WithQuery("ocean", "which ocean to join (default main)");
        app.MapText("/quit", QuitAsync).WithTags("Ocean").WithSummary("Leave the ocean; your name is free again")
            .WithQuery("id", "your id from join", required: true);
        app.MapText("/name", NameAsync).WithTags("Ocean").WithSummary("Your name")
            .WithQuery("id", "your id from join", required: true);
        app.MapText("/who", WhoAsync).WithTags("Ocean").WithSummary("Who is in the ocean")
            .WithQuery("ocean", "which ocean (default main)");
        app.MapMotionRoutes();
        app.MapItemRoutes();
        app.MapChatRoutes();
        app.MapUsage();
        return app;
    }

    private static async Task<Reply> QuitAsync(TextRequest request)
    {
        if (ClassicRoutes.IsOn(request))
        {
            return await ClassicRoutes.QuitAsync(request).ConfigureAwait(false);
        }

        var id = Id(request);
        var locator = Locator(request);
        var ocean = await locator.OceanOf(id).ConfigureAwait(false) ?? throw UnknownId(id);
        var outcome = await locator.ExecuteAsync(ocean, new Player.Quit(id)).ConfigureAwait(false);
        await locator.Directory.Release(id).ConfigureAwait(false);
        locator.Forget(id);
        request.Context.RequestServices.GetRequiredService<JoinBounds>().Left(request.Context, id);
        var line = outcome.Refusal is null ? outcome.Value! : throw UnknownId(id);
        return Reply.Ok(line, new { Goodbye = line });
    }

    private static async Task<Reply> NameAsync(TextRequest request)
    {
        var name = await AskAsync(request, id => new Player.Name(id)).ConfigureAwait(false);
        return Reply.Ok(name, new { Name = name });
    }

    private static async Task<Reply> WhoAsync(TextRequest request)
    {
        var ocean = await OceanAsync(request).ConfigureAwait(false);
        var names = (await Locator(request).ExecuteAsync(ocean, new Player.Who()).ConfigureAwait(false)).Value;
        var text = ClassicRoutes.IsOn(request) ? ClassicLines.Who(names) : $"there are {names.Length} players: {string.Join(' ', names)}";
        return Reply.Ok(text, new { Count = names.Length, Players = names });
    }

    /// <summary>
    /// One command (made from the id the request names) to that player's ocean: the value, or the ocean's refusal
    /// as a 4xx (see <see cref="OceanLocator.ExecuteAsync{T}"/> for the way it goes). The directory is built from
    /// the oceans and follows their every removal, so it cannot name an ocean that lacks the id; should it ever,
    /// the id is dropped from it as well.
    /// </summary>
    public static async Task<T> AskAsync<T>(TextRequest request, Func<string, GameCommand<T>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var id = Id(request);
        var locator = Locator(request);
        var classic = ClassicRoutes.IsOn(request);
        var ocean = await OceanOfAsync(request, id).ConfigureAwait(false);
        var outcome = await locator.ExecuteAsync(ocean, command(id)).ConfigureAwait(false);
        if (outcome.Refusal is { Error: OceanError.UnknownPlayer })
        {
            locator.Forget(id);
            await locator.Directory.Release(id).ConfigureAwait(false);
            throw classic ? ClassicRoutes.BadPlayerId : UnknownId(id);
        }

        return outcome.Refusal is { } refusal && classic && ClassicRoutes.Refusal(request, refusal) is { } said
            ? throw said
            : outcome.ValueOrRefusal();
    }

    /// <summary>The ocean of the player <paramref name="id"/>; an unknown id is a 404, in classic mode the original's line.</summary>
    public static async Task<string> OceanOfAsync(TextRequest request, string id) =>
        await Locator(request).OceanOf(id).ConfigureAwait(false)
            ?? throw (ClassicRoutes.IsOn(request) ? ClassicRoutes.BadPlayerId : UnknownId(id));

    /// <summary>The id parameter, checked for shape (1-8 characters a-z0-9); in classic mode a number of the request's ocean.</summary>
    public static string Id(TextRequest request)
    {
        var id = request.Query.Required("id", "send id=YOURID, the id join gave you");
        if (ClassicRoutes.IsOn(request))
        {
            return ClassicRoutes.HeldId(request, id);
        }

        return PlayerIds.LooksLikeId(id)
            ? id
            : throw ProtocolException.BadRequest($"'{GameQuery.Clip(id)}' is not an id: an id is the lower-case letters and digits join gave you");
    }

    public static ProtocolException UnknownId(string id) =>
        ProtocolException.NotFound($"no player has the id {id}: join first (ids end when their player quits or idles out)");

    /// <summary>The ocean parameter (default main, case ignored); a 404 for an ocean that does not exist.</summary>
    public static async ValueTask<string> OceanAsync(TextRequest request)
    {
        var ocean = OceanName(request.Query.Optional("ocean"));
        return await Locator(request).Exists(ocean).ConfigureAwait(false)
            ? ocean
            : throw ProtocolException.NotFound($"there is no ocean '{GameQuery.Clip(ocean)}' here; leave ocean= out to use main, or ask your teacher for the ocean's name");
    }

    /// <summary>An ocean's name as the server keys it: lower case, 1-20 letters and digits; empty or missing is main.</summary>
    public static string OceanName(string? given)
    {
        if (string.IsNullOrEmpty(given))
        {
            return OceanLocator.DefaultOcean;
        }

        return given.Length <= 20 && given.All(char.IsAsciiLetterOrDigit)
            ? given.ToLowerInvariant()
            : throw ProtocolException.BadRequest($"the ocean '{GameQuery.Clip(given)}' will not do: an ocean's name is 1-20 letters and digits");
    }

    public static OceanLocator Locator(TextRequest request) => request.Context.RequestServices.GetRequiredService<OceanLocator>();
}
