using System.Globalization;
using Mocean.Client.Ocean;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Mocean.Cli.Commands;

/// <summary>What the player sees: the status line (position, depth, speed, heading, what is in sight), the last reply, recent events.</summary>
public sealed class DiverView(Player player)
{
    private readonly List<string> events = [];

    public double X { get; set; }

    public double Y { get; set; }

    public double Z { get; set; }

    public double Vx { get; set; }

    public double Vy { get; set; }

    public double Heading { get; set; }

    public double? Floor { get; set; }

    public IReadOnlyList<Sighting> InSight { get; set; } = [];

    /// <summary>The round, when the ocean has one.</summary>
    public RoundPanel Round { get; } = new();

    public string LastReply { get; set; } = "joined";

    /// <summary>The chat line being typed, shown instead of the key help; null when not chatting.</summary>
    public string? ChatPrompt { get; set; }

    public void Moved(Motion m) => (X, Y, Z, Vx, Vy, Heading) = (m.X, m.Y, m.Z, m.Vx, m.Vy, m.Heading);

    public void Event(string line)
    {
        events.Add(line);
        if (events.Count > 6)
        {
            events.RemoveAt(0);
        }
    }

    public string StatusLine()
    {
        var speed = Math.Sqrt((Vx * Vx) + (Vy * Vy));
        var degrees = Heading * 180 / Math.PI;
        var floor = Floor is { } f ? $" (floor {F(f)} m)" : string.Empty;
        var round = Round.Summary() is { } r ? $" | {r}" : string.Empty;
        return $"x {F(X)} y {F(Y)} | depth {F(Z)} m{floor} | speed {F(speed)} | heading {F(degrees)}° {Compass(degrees)} | in sight: {Sight()}{round} | last: {LastReply.ReplaceLineEndings(" ")}";
    }

    public string Sight()
    {
        if (InSight.Count == 0)
        {
            return "nothing";
        }

        return string.Join(", ", InSight.GroupBy(s => s.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}{(g.Count() == 1 ? string.Empty : "s")}"));
    }

    public IRenderable Render()
    {
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(player.Name)}[/] in ocean [bold]{Markup.Escape(player.Ocean)}[/] (id {Markup.Escape(player.Id)})"),
            new Text(StatusLine(), new Style(Color.Aqua)),
            ChatPrompt is { } chat
                ? new Markup($"[yellow]{Markup.Escape(chat)}[/][grey] (Enter sends, Esc cancels)[/]")
                : new Markup("[grey]w faster  s slower  a left  d right  r rise  f sink  g grab  l look  c chat  q quit[/]"),
        };
        rows.AddRange(Round.Rows());
        rows.AddRange(events.Select(e => new Text(e)));
        return new Rows(rows);
    }

    public static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Compass(double degrees)
    {
        string[] points = ["E", "NE", "N", "NW", "W", "SW", "S", "SE"];
        var step = (int)Math.Round(((degrees % 360) + 360) % 360 / 45) % 8;
        return points[step];
    }
}
