using System.Globalization;

namespace Mocean.Server.Tests.Cluster;

/// <summary>After a failed request: where the player turned out to be, and which acknowledged teleports that undid.</summary>
/// <param name="Bot">The player's name.</param>
/// <param name="At">When the first <c>location</c> after the failure answered.</param>
/// <param name="Found">The x it answered.</param>
/// <param name="Lost">The acknowledged teleports after the one it is at (when each was acknowledged), oldest first.</param>
/// <param name="Unknown">True when the place is none the bot ever asked for (state from elsewhere, or a fresh player).</param>
public sealed record Recovery(string Bot, double At, double Found, IReadOnlyList<double> Lost, bool Unknown)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Bot} found at x {Found} at {At:F2} s{(Unknown ? ", a place it never asked for" : "")}, losing {Lost.Count} acknowledged teleports{(Lost.Count > 0 ? $" from {Lost[0]:F2} s" : "")}");
}

/// <summary>
/// A player's program, playing through the <see cref="Balancer"/>: holding the teleport crystal, it teleports to a new
/// x each time (x counts up, y is its own row), so each acknowledged request leaves a place of its own. After a failed
/// request it asks <c>location</c> until a server answers, which tells exactly which acknowledged requests the
/// cluster kept; then it plays on from there.
/// </summary>
public sealed class TeleportBot(Balancer balancer, string ocean, string name, int row)
{
    private readonly List<(double X, double At)> acks = [];
    private string id = string.Empty;
    private int step;
    private double pending = double.NaN;

    public string Ocean => ocean;

    public string Name => name;

    /// <summary>The secret id join gave it.</summary>
    public string Id => id;

    /// <summary>Every request it sent, in order.</summary>
    public List<Exchange> Exchanges { get; } = [];

    public List<Recovery> Recoveries { get; } = [];

    /// <summary>When its latest answered request (200) was sent; -1 before any. Read while it plays.</summary>
    public double LastOkSent { get; private set; } = -1;

    /// <summary>When its latest failed request ended; -1 before any. Read while it plays.</summary>
    public double LastBadDone { get; private set; } = -1;

    /// <summary>The x of its last acknowledged teleport.</summary>
    public double LastAcked => acks.Count > 0 ? acks[^1].X : double.NaN;

    /// <summary>Joins its ocean and is given the crystal.</summary>
    public async Task JoinAsync()
    {
        id = await balancer.OkAsync($"/join?name={name}&ocean={ocean}");
        await balancer.OkAsync($"/admin/give?ocean={ocean}&name={name}&item=teleport%20crystal", admin: true, HttpMethod.Post);
    }

    /// <summary>Plays until <paramref name="stop"/>, about twenty requests a second at most.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var x = 20 + (step++ % 1720) * 0.5;
            var target = Text(x) + "," + Text(row) + ",0";
            pending = x;
            var exchange = await balancer.GetAsync($"/teleport?id={id}&x={Text(x)}&y={Text(row)}");
            Note(exchange);
            if (exchange.Status == 200 && exchange.Text == target)
            {
                acks.Add((x, exchange.Done));
            }
            else
            {
                await RecoverAsync(stop);
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>Where the player is now, through the balancer (status and x, or NaN when not 200).</summary>
    public async Task<(Exchange Exchange, double X)> LocationAsync()
    {
        var exchange = await balancer.GetAsync($"/location?id={id}");
        return (exchange, exchange.Status == 200 ? double.Parse(exchange.Text.Split(',')[0], CultureInfo.InvariantCulture) : double.NaN);
    }

    private async Task RecoverAsync(CancellationToken stop)
    {
        for (var tries = 0; tries < 300 && !stop.IsCancellationRequested; tries++)
        {
            await Task.Delay(100, CancellationToken.None);
            var (exchange, x) = await LocationAsync();
            Note(exchange);
            if (exchange.Status != 200)
            {
                continue;
            }

            var at = acks.FindLastIndex(a => a.X == x);
            var unknown = at < 0 && x != pending;
            var lost = at >= 0 ? acks.Skip(at + 1).Select(a => a.At).ToList()
                : x == pending ? [] : acks.Select(a => a.At).ToList();
            Recoveries.Add(new Recovery(name, exchange.Done, x, lost, unknown));
            if (at >= 0)
            {
                acks.RemoveRange(at + 1, acks.Count - at - 1);
            }
            else if (x == pending)
            {
                acks.Add((x, exchange.Done));
            }

            return;
        }
    }

    /// <summary>
    /// Whether an exchange counts against the cluster: anything but a 200 (a refusal, or no answer at all within the
    /// client's patience). A slow 200 is not: on a loaded machine any request may be slow.
    /// </summary>
    public static bool Bad(Exchange exchange) => exchange.Status != 200;

    private void Note(Exchange exchange)
    {
        Exchanges.Add(exchange);
        if (Bad(exchange))
        {
            LastBadDone = exchange.Done;
        }
        else
        {
            LastOkSent = exchange.Sent;
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
