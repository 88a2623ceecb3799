using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mocean.Ocean.Commands;
using Mocean.OceanHosting;
using Mocean.Server.Admin;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// The teacher's actions on an ocean, behind the admin key (POST, query parameters, <c>ocean</c> optional,
/// default main): create or reset, remove a player, broadcast, pause, resume, give an item, mute, unmute;
/// and <c>GET /admin/chatlog</c>. Replies are one plain-text line; refusals a 4xx with one line.
/// </summary>
public static class OceanAdmin
{
    public static WebApplication MapOceanAdmin(this WebApplication app)
    {
        var admin = app.MapAdminGroup();
        admin.MapPost("/ocean", CreateOrResetAsync).WithSummary("Create an ocean, or reset one (seed optional: a new world from it)");
        admin.MapPost("/remove", RemoveAsync).WithSummary("Remove a player (name) from an ocean; the name is free again");
        admin.MapPost("/broadcast", BroadcastAsync).WithSummary("Put a line (message) in every player's inbox as the teacher's notice");
        admin.MapPost("/pause", (HttpContext c, string? ocean) => Execute(c, ocean, () => new Teacher.Pause(), _ => "paused: ocean time stands still"))
            .WithSummary("Stop ocean time");
        admin.MapPost("/resume", (HttpContext c, string? ocean) => Execute(c, ocean, () => new Teacher.Resume(), _ => "resumed: ocean time runs again"))
            .WithSummary("Let ocean time run again");
        admin.MapPost("/give", GiveAsync).WithSummary("Give a player (name) an item (item)");
        admin.MapPost("/mute", (HttpContext c, string? ocean, string? name) => MuteAsync(c, ocean, name, true)).WithSummary("Mute a player's chat (name)");
        admin.MapPost("/unmute", (HttpContext c, string? ocean, string? name) => MuteAsync(c, ocean, name, false)).WithSummary("Let a player (name) chat again");
        admin.MapGet("/chatlog", ChatLogAsync).WithSummary("The latest chat lines of an ocean: time, from, to, text");
        return app;
    }

    private static async Task<IResult> CreateOrResetAsync(HttpContext context, string? ocean, string? seed)
    {
        return await Guard(async () =>
        {
            var name = PlayerRoutes.OceanName(ocean?.Trim());
            ulong? given = null;
            if (!string.IsNullOrWhiteSpace(seed))
            {
                given = ulong.TryParse(seed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : throw ProtocolException.BadRequest($"'seed' must be a whole number from 0 to {ulong.MaxValue}, not '{GameQuery.Clip(seed)}'");
            }

            var locator = Locator(context);
            if (await locator.Exists(name))
            {
                var used = await locator.Ocean(name).Reset(given);
                return $"reset the ocean {name} with seed {used.ToString(CultureInfo.InvariantCulture)}: every player was removed";
            }

            var newSeed = given ?? BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
            await locator.Registry.Put(name, newSeed);
            locator.Created(name);
            await locator.ExecuteAsync(name, new Player.Who());
            return $"created the ocean {name} with seed {newSeed.ToString(CultureInfo.InvariantCulture)}: join it with join?name=YOURNAME&ocean={name}";
        });
    }

    private static Task<IResult> RemoveAsync(HttpContext context, string? ocean, string? name) =>
        Act(context, ocean, async (locator, where) =>
        {
            var removed = (await locator.Ocean(where).Remove(Required(name, "name", "the player to remove"))).ValueOrRefusal();
            return $"removed {removed}; the name is free again";
        });

    private static Task<IResult> BroadcastAsync(HttpContext context, string? ocean, string? message) =>
        Execute(context, ocean, () => new Teacher.Broadcast(Required(message, "message", "the line to send to every player")),
            count => $"sent to {count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? "player" : "players")}");

    private static Task<IResult> GiveAsync(HttpContext context, string? ocean, string? name, string? item) =>
        Execute(context, ocean,
            () => new Teacher.Give(Required(name, "name", "the player to give to"), Required(item, "item", "the item to give, e.g. item=binoculars")),
            given => $"gave {name!.Trim()} the {given}");

    private static Task<IResult> MuteAsync(HttpContext context, string? ocean, string? name, bool muted) =>
        Execute(context, ocean, () => new Teacher.Mute(Required(name, "name", "the player"), muted),
            who => muted ? $"muted {who}: their chat is not sent until unmute" : $"unmuted {who}: they can chat again");

    private static Task<IResult> ChatLogAsync(HttpContext context, string? ocean) =>
        Execute(context, ocean, () => new Teacher.ChatLog(), lines =>
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{lines.Length} chat lines (time,from,to,text)\n");
            foreach (var line in lines)
            {
                text.Append(CultureInfo.InvariantCulture, $"{line.At.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},{line.From},{line.To},{line.Text}\n");
            }

            return text.ToString().TrimEnd('\n');
        });

    /// <summary>Executes the teacher's command (made once the ocean is known to exist) and says what it did.</summary>
    internal static Task<IResult> Execute<T>(HttpContext context, string? ocean, Func<GameCommand<T>> command, Func<T, string> say) =>
        Act(context, ocean, async (locator, name) => say((await locator.ExecuteAsync(name, command())).ValueOrRefusal()));

    /// <summary>Runs an action on an existing ocean; every refusal is a 4xx with one line.</summary>
    internal static Task<IResult> Act(HttpContext context, string? ocean, Func<OceanLocator, string, Task<string>> action) =>
        Guard(async () =>
        {
            var name = PlayerRoutes.OceanName(ocean?.Trim());
            var locator = Locator(context);
            return await locator.Exists(name)
                ? await action(locator, name)
                : throw ProtocolException.NotFound($"there is no ocean '{name}'; POST /admin/ocean?ocean={name} creates it");
        });

    private static async Task<IResult> Guard(Func<Task<string>> action)
    {
        try
        {
            return Text(StatusCodes.Status200OK, await action());
        }
        catch (ProtocolException refusal)
        {
            return Text(refusal.Status, refusal.Message);
        }
    }

    internal static string Required(string? value, string key, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw ProtocolException.BadRequest($"missing '{key}': send {key}= with {what}") : value.Trim();

    private static IResult Text(int status, string line) => Results.Text(line, "text/plain; charset=utf-8", Encoding.UTF8, status);

    private static OceanLocator Locator(HttpContext context) => context.RequestServices.GetRequiredService<OceanLocator>();
}
