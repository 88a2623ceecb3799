using Microsoft.Extensions.Options;
using Mocean.Grains;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// The player routes that need only the id directory: <c>join</c> (a name in an ocean gets a secret id),
/// <c>quit</c>, <c>name</c> and <c>who</c>. When the ocean grain arrives, <c>join</c> and <c>quit</c> also
/// add the player to and remove them from its world (see README.md in this folder).
/// </summary>
public static class PlayerRoutes
{
    public const string DefaultOcean = "main";

    public static IServiceCollection AddPlayerRoutes(this IServiceCollection services) =>
        services.AddSingleton(provider => BlockedWords.FromSetting(provider.GetRequiredService<IOptions<OceanHostOptions>>().Value.BlockedWords));

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
        return app;
    }

    private static async Task<Reply> JoinAsync(TextRequest request)
    {
        var name = request.Query.Required("name", "send name=YOURNAME (1-20 letters and digits)");
        if (name.Length > 20 || !name.All(char.IsAsciiLetterOrDigit))
        {
            throw ProtocolException.BadRequest($"the name '{GameQuery.Clip(name)}' will not do: use 1-20 letters and digits (a-z, A-Z, 0-9)");
        }

        if (request.Context.RequestServices.GetRequiredService<BlockedWords>().FindIn(name) is not null)
        {
            throw ProtocolException.BadRequest($"the name '{name}' is not allowed in this class; pick another one");
        }

        var ocean = Ocean(request);
        var reservation = await Directory(request).Reserve(ocean, name).ConfigureAwait(false);
        if (reservation.Entry is not { } entry)
        {
            throw new ProtocolException(StatusCodes.Status409Conflict,
                $"the name '{name}' is in use in the ocean {ocean}; pick another one (a name is free again when its player quits)");
        }

        return Reply.Ok(entry.Id, new { entry.Id });
    }

    private static async Task<Reply> QuitAsync(TextRequest request)
    {
        var id = Id(request);
        var entry = await Directory(request).Release(id).ConfigureAwait(false) ?? throw UnknownId(id);
        return Reply.Ok($"goodbye {entry.Name}; your name is free again", new { Goodbye = entry.Name });
    }

    private static async Task<Reply> NameAsync(TextRequest request)
    {
        var id = Id(request);
        var entry = await Directory(request).Find(id).ConfigureAwait(false) ?? throw UnknownId(id);
        return Reply.Ok(entry.Name, new { entry.Name });
    }

    private static async Task<Reply> WhoAsync(TextRequest request)
    {
        var players = await Directory(request).List(Ocean(request)).ConfigureAwait(false);
        var names = players.Select(p => p.Name).ToArray();
        return Reply.Ok($"there are {names.Length} players: {string.Join(' ', names)}", new { Count = names.Length, Players = names });
    }

    /// <summary>The id parameter, checked for shape (1-8 characters a-z0-9).</summary>
    public static string Id(TextRequest request)
    {
        var id = request.Query.Required("id", "send id=YOURID, the id join gave you");
        return Grains.PlayerIds.LooksLikeId(id)
            ? id
            : throw ProtocolException.BadRequest($"'{GameQuery.Clip(id)}' is not an id: an id is the 8 letters and digits join gave you");
    }

    public static ProtocolException UnknownId(string id) =>
        ProtocolException.NotFound($"no player has the id {id}: join first (ids end when their player quits or idles out)");

    /// <summary>The ocean parameter (default main); only oceans that run here.</summary>
    public static string Ocean(TextRequest request)
    {
        var ocean = request.Query.Optional("ocean") is { Length: > 0 } given ? given : DefaultOcean;
        return string.Equals(ocean, DefaultOcean, StringComparison.OrdinalIgnoreCase)
            ? DefaultOcean
            : throw ProtocolException.NotFound($"there is no ocean '{GameQuery.Clip(ocean)}' here; leave ocean= out to use main");
    }

    private static IPlayerDirectoryGrain Directory(TextRequest request) =>
        request.Context.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key);
}
