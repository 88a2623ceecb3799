using System.Globalization;
using Microsoft.Extensions.Options;
using Mocean.Ocean.Commands;
using Mocean.Grains;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;
using GameReply = Mocean.Ocean.GameReply;

namespace Mocean.Server.Ocean;

/// <summary>
/// Classic mode at the ocean's routes (<c>--classic true</c>): the original V3.14 protocol for a class that trusts
/// itself. Ids are the numbers 0, 1, 2... of each ocean, which anyone may send (<c>ocean=</c> names the ocean, main
/// by default; a secret id from before classic mode still works); <c>join</c> gives a name already playing its own
/// id; <c>quit</c> takes a name; <c>id?name=</c> tells a player's id; and the original's words answer where a
/// program could read them, always with status 200 (<see cref="ClassicLines"/>).
/// </summary>
public static class ClassicRoutes
{
    public static bool IsOn(TextRequest request) =>
        request.Context.RequestServices.GetRequiredService<IOptions<ClassicOptions>>().Value.ClassicMode;

    /// <summary>A reply of the original's with status 200 that ends the request where it stands (a refusal in its words).</summary>
    public static ProtocolException Says(string line) => new(StatusCodes.Status200OK, line);

    public static ProtocolException BadPlayerId => Says(ClassicLines.BadPlayerId);

    /// <summary>The route's name as the original's words are keyed: <c>accel</c> for <c>/Accel</c>.</summary>
    public static string Route(TextRequest request) => (request.Context.Request.Path.Value ?? string.Empty).Trim('/').ToLowerInvariant();

    /// <summary>The id a player sent, as the directory holds it: a number of the request's ocean, or a secret id as it is.</summary>
    public static string HeldId(TextRequest request, string sent)
    {
        if (sent.Length is > 0 and <= 18 && sent.All(char.IsAsciiDigit))
        {
            var ocean = PlayerRoutes.OceanName(request.Query.Optional("ocean"));
            return PlayerIds.Classic(ocean, long.Parse(sent, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return PlayerIds.LooksLikeId(sent) ? sent : throw BadPlayerId;
    }

    /// <summary>A game's answer in the original's words on this route (classic mode), or as it is.</summary>
    public static Reply Said(TextRequest request, GameReply line) =>
        Reply.Ok(IsOn(request) ? ClassicLines.Answer(Route(request), line.Done, line.Text) : line.Text, line);

    /// <summary>The original's refusal for the engine's, on this route; null where ours stays.</summary>
    public static ProtocolException? Refusal(TextRequest request, Refusal refusal) =>
        ClassicLines.Refusal(Route(request), refusal.Error) is { } line ? Says(line) : null;

    /// <summary><c>id?name=NAME[&amp;ocean=NAME]</c>: the player's id, or <c>-1</c> when nobody of that name plays there.</summary>
    public static async Task<Reply> IdOfAsync(TextRequest request)
    {
        var name = request.Query.Required("name", "send name=PLAYER, the name whose id you want");
        var ocean = PlayerRoutes.OceanName(request.Query.Optional("ocean"));
        var held = await IdOfNameAsync(PlayerRoutes.Locator(request), ocean, name).ConfigureAwait(false);
        var id = held is null ? "-1" : PlayerIds.OnTheWire(held);
        return Reply.Ok(id, new { Id = id });
    }

    /// <summary>The id of the player of that name (any case) in the ocean, from the ocean's own roster; null when none plays there.</summary>
    public static async Task<string?> IdOfNameAsync(OceanLocator locator, string ocean, string name)
    {
        ArgumentNullException.ThrowIfNull(locator);
        if (!await locator.Exists(ocean).ConfigureAwait(false))
        {
            return null;
        }

        var roster = await locator.Ocean(ocean).Roster().ConfigureAwait(false);
        return roster.Players.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    /// <summary><c>quit</c> by <c>name=</c> (the original's way) or <c>id=</c>: <c>player NAME removed from the game</c>.</summary>
    public static async Task<Reply> QuitAsync(TextRequest request)
    {
        var locator = PlayerRoutes.Locator(request);
        var name = request.Query.Optional("name");
        PlayerEntry? entry;
        if (name is not null && !request.Query.Has("id"))
        {
            var ocean = PlayerRoutes.OceanName(request.Query.Optional("ocean"));
            entry = await IdOfNameAsync(locator, ocean, name).ConfigureAwait(false) is { } held
                ? await locator.Directory.Find(held).ConfigureAwait(false) ?? new PlayerEntry(held, ocean, name)
                : throw Says("quit failed: name not found in the active players list");
        }
        else
        {
            entry = await locator.Directory.Find(PlayerRoutes.Id(request)).ConfigureAwait(false) ?? throw BadPlayerId;
        }

        var outcome = await locator.ExecuteAsync(entry.Ocean, new Player.Quit(entry.Id)).ConfigureAwait(false);
        await locator.Directory.Release(entry.Id).ConfigureAwait(false);
        locator.Forget(entry.Id);
        request.Context.RequestServices.GetRequiredService<JoinBounds>().Left(request.Context, entry.Id);
        var line = outcome.Refusal is null ? $"player {entry.Name} removed from the game" : throw BadPlayerId;
        return Reply.Ok(line, new { Goodbye = line });
    }
}
