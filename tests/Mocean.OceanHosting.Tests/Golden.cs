namespace Mocean.OceanHosting.Tests;

/// <summary>The engine's golden files these tests store and load (linked from <c>Mocean.Ocean.Tests/Golden</c>).</summary>
internal static class Golden
{
    /// <summary>A snapshot in the engine's first stored format, as a server of that version wrote it.</summary>
    public static string SnapshotV1 => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "snapshot-v1.json")).TrimEnd();
}
