using System.Globalization;
using System.Text;
using Mocean.OceanHosting;

namespace Mocean.Server.Admin;

/// <summary>
/// The teacher's view of the players: <c>GET /admin/players</c> lists who plays where (never the ids) as the
/// oceans hold them, with when each joined and last sent a request (wall clock, from the ocean's own record of
/// each access; <c>format=json</c> adds whether the ocean is paused); <c>POST /admin/players/remove?ocean=&amp;name=</c>
/// removes a player and frees the name.
/// </summary>
public static class PlayerAdmin
{
    public static WebApplication MapPlayerAdmin(this WebApplication app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/players", ListAsync).WithSummary("Every player (ocean=NAME: of one ocean): ocean, name, joined, last seen (no ids); format=json adds paused");
        admin.MapPost("/players/remove", RemoveAsync).WithSummary("Remove a player by ocean and name; the name is free again");
        return app;
    }

    private static async Task<IResult> ListAsync(OceanLocator locator, string? ocean, string? format)
    {
        var wanted = string.IsNullOrWhiteSpace(ocean) ? null : OceanName(ocean);
        if (wanted is not null && !await locator.Exists(wanted).ConfigureAwait(false))
        {
            return NoOcean(wanted);
        }

        var players = await ListingAsync(locator, wanted).ConfigureAwait(false);
        if (string.Equals(format?.Trim(), "json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new
            {
                Count = players.Count,
                Players = players.Select(p => new { p.Ocean, p.Name, Joined = Time(p.Joined), LastSeen = Time(p.LastSeen), p.Paused }),
            }, Protocol.ReplyWriter.Json);
        }

        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{players.Count} players (ocean,name,joined,last seen)\n");
        foreach (var p in players)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.Ocean},{p.Name},{Time(p.Joined)},{Time(p.LastSeen)}\n");
        }

        return Text(StatusCodes.Status200OK, text.ToString());
    }

    /// <summary>Every player of one existing ocean (null: of all), as the oceans hold them, in order of joining.</summary>
    private static async Task<List<Listed>> ListingAsync(OceanLocator locator, string? wanted)
    {
        IEnumerable<string> oceans = wanted is null
            ? await locator.EveryAsync().ConfigureAwait(false)
            : [wanted];
        var rosters = await Task.WhenAll(oceans.Select(name => locator.Ocean(name).Roster())).ConfigureAwait(false);
        return [.. rosters
            .SelectMany(r => r.Players.Select(p => new Listed(r.Ocean, p.Name, p.Joined, p.LastSeen, r.Paused)))
            .OrderBy(p => p.Joined).ThenBy(p => p.Ocean, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static string OceanName(string given) => given.Trim().ToLowerInvariant();

    private static IResult NoOcean(string name) =>
        Text(StatusCodes.Status404NotFound, $"there is no ocean '{name}'; GET /admin/players lists the players of every ocean\n");

    private sealed record Listed(string Ocean, string Name, DateTimeOffset Joined, DateTimeOffset LastSeen, bool Paused);

    private static async Task<IResult> RemoveAsync(OceanLocator locator, string? ocean, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Text(StatusCodes.Status400BadRequest, "missing 'name': send ocean=OCEAN&name=NAME of the player to remove\n");
        }

        var where = string.IsNullOrWhiteSpace(ocean) ? "main" : OceanName(ocean);
        if (!await locator.Exists(where).ConfigureAwait(false))
        {
            return NoOcean(where);
        }

        var removed = await locator.Ocean(where).Remove(name.Trim()).ConfigureAwait(false);
        return removed.Refusal is null
            ? Text(StatusCodes.Status200OK, $"removed {removed.Value} from {where}\n")
            : Text(StatusCodes.Status404NotFound, "no player of that name in that ocean; GET /admin/players lists them\n");
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static IResult Text(int status, string text) => Results.Text(text, "text/plain; charset=utf-8", Encoding.UTF8, status);
}
