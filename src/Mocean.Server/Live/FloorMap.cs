using System.Collections.Concurrent;
using System.Text.Json;
using Mocean.Ocean;
using Mocean.Ocean.World;

namespace Mocean.Server.Live;

/// <summary>
/// The sea floor of a seed as a grid of depths for the live map, computed once per seed from the engine's
/// <c>Floor.DepthAt</c> (one sample per <see cref="Cell"/> units, at the cell's centre), each depth in
/// tenths of a metre so the page draws it without any floating-point parsing.
/// </summary>
public sealed class FloorMap
{
    public const int Cell = 2;
    private const int Kept = 16;

    private readonly ConcurrentDictionary<ulong, FloorGrid> grids = new();
    private readonly ConcurrentDictionary<ulong, byte[]> replies = new();

    public FloorGrid For(ulong seed)
    {
        if (grids.TryGetValue(seed, out var known))
        {
            return known;
        }

        if (grids.Count >= Kept)
        {
            grids.Clear();
        }

        return grids.GetOrAdd(seed, Compute);
    }

    /// <summary>The JSON reply of a seed drawn before (the last <c>16</c> seeds asked for), or null.</summary>
    public byte[]? Drawn(ulong seed) => replies.GetValueOrDefault(seed);

    /// <summary>Draws a seed's floor and keeps its JSON reply (expensive: callers take a turn of <c>HeavyWork</c>).</summary>
    public byte[] Draw(ulong seed)
    {
        var reply = JsonSerializer.SerializeToUtf8Bytes(For(seed), LiveJson.Default.FloorGrid);
        if (replies.Count >= Kept)
        {
            replies.Clear();
        }

        return replies.GetOrAdd(seed, reply);
    }

    private static FloorGrid Compute(ulong seed)
    {
        var settings = OceanRules.Default;
        var world = OceanWorld.Generate(seed, settings);
        var columns = (int)Math.Ceiling(settings.Width / Cell);
        var rows = (int)Math.Ceiling(settings.Height / Cell);
        var depths = new int[columns * rows];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var depth = world.Floor.DepthAt((column * Cell) + (Cell / 2.0), (row * Cell) + (Cell / 2.0));
                depths[(row * columns) + column] = (int)Math.Round(depth * 10);
            }
        }

        var seamounts = world.Floor.Seamounts.Select(s => new FloorSeamount(s.Name, s.X, s.Y)).ToList();
        return new FloorGrid(seed.ToString(System.Globalization.CultureInfo.InvariantCulture), settings.Width, settings.Height,
            Cell, columns, rows, settings.FloorDepth, settings.TrenchDepth, depths, seamounts);
    }
}

/// <summary>Row-major depths (tenths of a metre), row 0 at y = 0; <see cref="Seamounts"/> are the peaks' centres.</summary>
public sealed record FloorGrid(
    string Seed, double Width, double Height, int Cell, int Columns, int Rows,
    double FloorDepth, double TrenchDepth, IReadOnlyList<int> Depths, IReadOnlyList<FloorSeamount> Seamounts);

public sealed record FloorSeamount(string Name, int X, int Y);
