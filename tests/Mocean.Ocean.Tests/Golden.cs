using System.Globalization;
using System.Text.Json;
using Mocean.Ocean.World;

namespace Mocean.Ocean.Tests;

/// <summary>The golden world file's form of a world: seamounts, whales, and the floor at sample points.</summary>
internal static class Golden
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Describe(OceanWorld world)
    {
        var samples = new List<object>();
        for (var x = 0; x < 900; x += 150)
        {
            for (var y = 0; y < 900; y += 150)
            {
                samples.Add(new { x, y, depth = Math.Round(world.Floor.DepthAt(x, y), 9) }); // rounded: exp may differ in the last bit between math libraries
            }
        }
        var description = new
        {
            seamounts = world.Floor.Seamounts.Select(s => new { s.Name, s.X, s.Y, s.Sigma, s.Height, peak = Math.Round(world.Floor.DepthAt(s.X, s.Y), 9) }),
            whales = world.Whales.Select(w => new { w.Name, w.X, w.Y, w.Heading }),
            floor = samples,
        };
        return JsonSerializer.Serialize(description, Options);
    }

    public static string PathOf(ulong seed) =>
        Path.Combine(AppContext.BaseDirectory, "Golden", $"world-{seed.ToString(CultureInfo.InvariantCulture)}.json");
}
