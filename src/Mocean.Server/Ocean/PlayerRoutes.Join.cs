using Mocean.Ocean;
using Mocean.Ocean.Commands;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary><c>join</c>: the bounds checked (and a slot held) first, the id drawn, then the ocean takes the name or refuses it.</summary>
public static partial class PlayerRoutes
{
    private static async Task<Reply> JoinAsync(TextRequest request)
    {
        var name = request.Query.Required("name", "send name=YOURNAME (1-20 letters and digits)");
        var classic = ClassicRoutes.IsOn(request);

        // The engine's rule, asked before an id is drawn (every ocean has the default settings' names).
        if (!OceanRules.Default.IsPlayerName(name))
        {
            throw classic ? ClassicRoutes.Says("-1") : ProtocolException.BadRequest($"the name '{GameQuery.Clip(name)}' will not do: use 1-20 letters and digits (a-z, A-Z, 0-9)");
        }

        var ocean = await OceanAsync(request).ConfigureAwait(false);
        var locator = Locator(request);
        var bounds = request.Context.RequestServices.GetRequiredService<JoinBounds>();
        var playing = (await locator.ExecuteAsync(ocean, new Player.Who()).ConfigureAwait(false)).Value;
        var slot = await bounds.ReserveAsync(request.Context, ocean, playing.Length, async id => await locator.Directory.Find(id).ConfigureAwait(false) is not null).ConfigureAwait(false);
        try
        {
            // The original gave a name already playing its own id again.
            if (classic && await ClassicRoutes.IdOfNameAsync(locator, ocean, name).ConfigureAwait(false) is { } own)
            {
                return Joined(own);
            }

            // A name already playing is refused before an id is drawn, so a plain refusal uses up no id (ids come in a
            // seeded order); two joins of one new name at once are still decided by the ocean below.
            if (playing.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw InUse(name, ocean);
            }

            // The id is drawn first; the ocean, the one owner of its names, then takes the name or refuses it.
            var reservation = await locator.Directory.Reserve(ocean, name).ConfigureAwait(false);
            if (reservation.Entry is not { } entry)
            {
                throw new ProtocolException(StatusCodes.Status503ServiceUnavailable,
                    "the server cannot save new players right now (its disk may be full); tell your teacher, and try again in a minute");
            }

            Outcome<string> joined;
            try
            {
                joined = await locator.ExecuteAsync(ocean, new Player.Join(entry.Id, name, bounds.PerOcean)).ConfigureAwait(false);
            }
            catch
            {
                await locator.Directory.Release(entry.Id).ConfigureAwait(false);
                throw;
            }

            if (joined.Refusal is { } refusal)
            {
                await locator.Directory.Release(entry.Id).ConfigureAwait(false);
                if (refusal.Error == OceanError.NameInUse && classic && await ClassicRoutes.IdOfNameAsync(locator, ocean, name).ConfigureAwait(false) is { } winner)
                {
                    return Joined(winner);
                }

                throw refusal.Error switch
                {
                    OceanError.NameInUse => InUse(name, ocean),
                    OceanError.Full => bounds.Full(ocean),
                    OceanError.NameBlocked or OceanError.NameInvalid when classic => ClassicRoutes.Says("-1"),
                    OceanError.NameBlocked => ProtocolException.BadRequest($"the name '{name}' is not allowed in this class; pick another one"),
                    _ => refusal.AsReply(),
                };
            }

            locator.Remember(entry.Id, ocean);
            bounds.Joined(request.Context, entry.Id);
            return Joined(entry.Id);
        }
        finally
        {
            bounds.Release(request.Context, slot);
        }
    }

    /// <summary>The id as the player sends it (a classic id's number).</summary>
    private static Reply Joined(string held)
    {
        var id = PlayerIds.OnTheWire(held);
        return Reply.Ok(id, new { Id = id });
    }

    private static ProtocolException InUse(string name, string ocean) => new(StatusCodes.Status409Conflict,
        $"the name '{name}' is in use in the ocean {ocean}; pick another one (a name is free again when its player quits)");
}
