using System.Globalization;
using System.Text;
using Mocean.Grains;

namespace Mocean.Server.Admin;

/// <summary>
/// The teacher's view of the id directory: <c>GET /admin/players</c> lists who plays where (never the ids),
/// <c>POST /admin/players/remove?ocean=&amp;name=</c> removes a player and frees the name.
/// </summary>
public static class PlayerAdmin
{
    public static WebApplication MapPlayerAdmin(this WebApplication app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/players", ListAsync).WithSummary("Every player: ocean, name, joined, last seen (no ids)");
        admin.MapPost("/players/remove", RemoveAsync).WithSummary("Remove a player by ocean and name; the name is free again");
        return app;
    }

    private static async Task<IResult> ListAsync(IGrainFactory grains, string? ocean)
    {
        var players = await Directory(grains).List(string.IsNullOrWhiteSpace(ocean) ? null : ocean.Trim()).ConfigureAwait(false);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{players.Length} players (ocean,name,joined,last seen)\n");
        foreach (var p in players)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.Ocean},{p.Name},{Time(p.Joined)},{Time(p.LastSeen)}\n");
        }

        return Text(StatusCodes.Status200OK, text.ToString());
    }

    private static async Task<IResult> RemoveAsync(IGrainFactory grains, Ocean.OceanLocator locator, string? ocean, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Text(StatusCodes.Status400BadRequest, "missing 'name': send ocean=OCEAN&name=NAME of the player to remove\n");
        }

        var where = string.IsNullOrWhiteSpace(ocean) ? "main" : ocean.Trim().ToLowerInvariant();
        if (!await locator.Exists(where).ConfigureAwait(false))
        {
            return Text(StatusCodes.Status404NotFound, $"there is no ocean '{where}'; GET /admin/players lists the players of every ocean\n");
        }

        var removed = await grains.GetGrain<IOceanGrain>(where).Remove(name.Trim()).ConfigureAwait(false);

        // A name the directory holds but the ocean lost (a crash between their writes) is freed as well.
        var entry = removed.Fault is null ? null : await Directory(grains).ReleaseName(where, name.Trim()).ConfigureAwait(false);
        return removed.Fault is null || entry is not null
            ? Text(StatusCodes.Status200OK, $"removed {removed.Value ?? entry!.Name} from {where}\n")
            : Text(StatusCodes.Status404NotFound, "no player of that name in that ocean; GET /admin/players lists them\n");
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static IResult Text(int status, string text) => Results.Text(text, "text/plain; charset=utf-8", Encoding.UTF8, status);

    private static IPlayerDirectoryGrain Directory(IGrainFactory grains) => grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key);
}
