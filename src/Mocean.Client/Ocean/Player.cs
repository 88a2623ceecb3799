using System.Globalization;

namespace Mocean.Client.Ocean;

/// <summary>
/// A player in the ocean, known by the secret id <c>join</c> gave. Every method is one GET with
/// <c>id=</c>; the server moves the player on whenever anything is asked.
/// </summary>
public sealed partial record Player : Timed
{
    private readonly Wire wire;

    internal Player(Wire wire, string id, string name, string ocean)
    {
        this.wire = wire;
        Id = id;
        Name = name;
        Ocean = ocean;
    }

    /// <summary>The player's id: 8 characters, known only to this player.</summary>
    public string Id { get; }

    public string Name { get; }

    public string Ocean { get; }

    public async Task<Location> LocationAsync(CancellationToken cancel = default)
    {
        var (n, elapsed) = await NumbersAsync("location", 6, [], cancel).ConfigureAwait(false);
        return new Location(n[0], n[1], n[2], n[3] != 0, n[4] != 0, n[5] != 0) { Elapsed = elapsed };
    }

    public async Task<Velocity> VelocityAsync(CancellationToken cancel = default)
    {
        var (n, elapsed) = await NumbersAsync("velocity", 3, [], cancel).ConfigureAwait(false);
        return new Velocity(n[0], n[1], n[2]) { Elapsed = elapsed };
    }

    /// <summary><c>accel</c>: faster, slower, veer left or right.</summary>
    public Task<Motion> AccelAsync(Control control, CancellationToken cancel = default) =>
        MotionAsync("accel", [new("ctrl", ((char)control).ToString())], cancel);

    /// <summary><c>stop</c>: a full stop, heading kept.</summary>
    public Task<Motion> StopAsync(CancellationToken cancel = default) => MotionAsync("stop", [], cancel);

    /// <summary><c>dive</c>: rise or sink 5 m (diving stops the player).</summary>
    public Task<Position> DiveAsync(Dive dive, CancellationToken cancel = default) =>
        PositionAsync("dive", [new("ctrl", ((char)dive).ToString())], cancel);

    /// <summary>
    /// <c>teleport</c>: needs the teleport crystal; lands at the surface, stopped. Without the crystal
    /// the game says no: a <see cref="MoceanException"/> with status 200 and the server's sentence.
    /// </summary>
    public Task<Position> TeleportAsync(double x, double y, CancellationToken cancel = default) =>
        PositionAsync("teleport", [new("x", Number(x)), new("y", Number(y))], cancel);

    /// <summary><c>look</c>: everything within sight.</summary>
    public async Task<Sightings> LookAsync(CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("look", With([]), cancel).ConfigureAwait(false);
        return new Sightings(OceanText.Sightings(body)) { Elapsed = elapsed };
    }

    /// <summary><c>ping</c>: the depth of the floor under the player.</summary>
    public async Task<Ping> PingAsync(CancellationToken cancel = default)
    {
        var (n, elapsed) = await NumbersAsync("ping", 1, [], cancel).ConfigureAwait(false);
        return new Ping(n[0]) { Elapsed = elapsed };
    }

    public async Task<Inventory> InventoryAsync(CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("inventory", With([]), cancel).ConfigureAwait(false);
        return new Inventory(OceanText.Items(body)) { Elapsed = elapsed };
    }

    /// <summary><c>get</c>: take the <c>treasure</c> or the <c>whale</c> in reach.</summary>
    public Task<Said> GetAsync(string item, CancellationToken cancel = default) => SentenceAsync("get", [new("item", item)], cancel);

    /// <summary><c>use</c>: use an item held (iron dust, crash alert, whale...).</summary>
    public Task<Said> UseAsync(string item, CancellationToken cancel = default) => SentenceAsync("use", [new("item", item)], cancel);

    /// <summary><c>sendchat</c>: a message (1-200 characters) to the player named <paramref name="to"/>.</summary>
    public Task<Said> SendChatAsync(string to, string message, CancellationToken cancel = default) =>
        SentenceAsync("sendchat", [new("name", to), new("message", message)], cancel);

    /// <summary><c>popchat</c>: the waiting message, or that the inbox is empty.</summary>
    public Task<Said> PopChatAsync(CancellationToken cancel = default) => SentenceAsync("popchat", [], cancel);

    /// <summary><c>name</c>: the player's name as the server knows it.</summary>
    public Task<Said> NameAsync(CancellationToken cancel = default) => SentenceAsync("name", [], cancel);

    public Task<Said> WhaleNameAsync(CancellationToken cancel = default) => SentenceAsync("whalename", [], cancel);

    public Task<Said> SeamountNameAsync(CancellationToken cancel = default) => SentenceAsync("seamountname", [], cancel);

    /// <summary><c>quit</c>: leave the ocean; the name is free again.</summary>
    public Task<Said> QuitAsync(CancellationToken cancel = default) => SentenceAsync("quit", [], cancel);

    private async Task<Said> SentenceAsync(string route, KeyValuePair<string, string?>[] query, CancellationToken cancel)
    {
        var (body, elapsed) = await wire.GetAsync(route, With(query), cancel).ConfigureAwait(false);
        return new Said(body.TrimEnd('\n')) { Elapsed = elapsed };
    }

    private async Task<Motion> MotionAsync(string route, KeyValuePair<string, string?>[] query, CancellationToken cancel)
    {
        var (n, elapsed) = await NumbersAsync(route, 6, query, cancel).ConfigureAwait(false);
        return new Motion(n[0], n[1], n[2], n[3], n[4], n[5]) { Elapsed = elapsed };
    }

    private async Task<Position> PositionAsync(string route, KeyValuePair<string, string?>[] query, CancellationToken cancel)
    {
        var (n, elapsed) = await NumbersAsync(route, 3, query, cancel).ConfigureAwait(false);
        return new Position(n[0], n[1], n[2]) { Elapsed = elapsed };
    }

    private async Task<(double[] Numbers, TimeSpan Elapsed)> NumbersAsync(string route, int count, KeyValuePair<string, string?>[] query, CancellationToken cancel)
    {
        var (body, elapsed) = await wire.GetAsync(route, With(query), cancel).ConfigureAwait(false);
        return (OceanText.Numbers(body, count, "/" + route), elapsed);
    }

    private KeyValuePair<string, string?>[] With(KeyValuePair<string, string?>[] query) => [new("id", Id), .. query];

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
