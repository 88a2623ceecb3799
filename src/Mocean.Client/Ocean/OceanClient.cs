namespace Mocean.Client.Ocean;

/// <summary>
/// The multiplayer ocean: <see cref="JoinAsync"/> gives a <see cref="Player"/> to steer; <see cref="WhoAsync"/>
/// and <see cref="UsageAsync"/> need no player. Replies are read in their plain-text forms (the
/// comma-separated numbers the compatibility promise fixes).
/// </summary>
public sealed class OceanClient
{
    private readonly Wire wire;

    internal OceanClient(Wire wire) => this.wire = wire;

    /// <summary>Joins the ocean (<c>main</c> when none is given) as <paramref name="name"/> (letters and digits, 1-20); a name in use is a 409.</summary>
    public async Task<Player> JoinAsync(string name, string? ocean = null, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("join", [new("name", name), new("ocean", ocean)], cancel).ConfigureAwait(false);
        return new Player(wire, body.Trim(), name, ocean ?? "main") { Elapsed = elapsed };
    }

    /// <summary>A handle for a player who joined before (by the id <c>join</c> gave).</summary>
    public Player Resume(string id, string name, string ocean = "main") => new(wire, id, name, ocean);

    /// <summary><c>who</c>: the players of an ocean.</summary>
    public async Task<Who> WhoAsync(string? ocean = null, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("who", [new("ocean", ocean)], cancel).ConfigureAwait(false);
        return OceanText.Who(body) with { Elapsed = elapsed };
    }

    /// <summary><c>round</c> of an ocean (<c>main</c> when none is given): its phase, time, tasks and players.</summary>
    public async Task<RoundStatus> RoundAsync(string? ocean = null, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("round", [new("ocean", ocean)], cancel).ConfigureAwait(false);
        return RoundText.Status(body) with { Elapsed = elapsed };
    }

    /// <summary><c>roles</c>: every player's role, once the round is over (a 409 before).</summary>
    public async Task<Roles> RolesAsync(string? ocean = null, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("roles", [new("ocean", ocean)], cancel).ConfigureAwait(false);
        return new Roles(RoundText.Roles(body)) { Elapsed = elapsed };
    }

    /// <summary><c>mocean</c>: the usage text (every route, its keys and reply).</summary>
    public async Task<Said> UsageAsync(bool brief = false, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("mocean", [new("usage", brief ? "brief" : null)], cancel).ConfigureAwait(false);
        return new Said(body) { Elapsed = elapsed };
    }
}
