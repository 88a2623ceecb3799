using System.Globalization;
using System.Net;
using Mocean.OceanHosting;

namespace Mocean.Server.Hosting;

/// <summary>
/// What each setting accepts, checked before anything starts so that a wrong value is one line naming the setting,
/// the value and what it must be, instead of a stack trace (or a value the server quietly misreads).
/// </summary>
public static class SettingRules
{
    /// <summary>Why <paramref name="value"/> is wrong for the setting <paramref name="key"/> (what it must be instead), or null when it is fine.</summary>
    public static string? Problem(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        return key switch
        {
            "Urls" => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } urls && urls.All(IsListenAddress)
                ? null : "an address to listen on like http://0.0.0.0:8080 (several separated by ;)",
            nameof(MoceanOptions.DataDir) => text.Length > 0 ? null : "a folder, like data or /var/lib/mocean",
            nameof(MoceanOptions.AdminKey) => AdminKeyProblem(text),
            nameof(MoceanOptions.AdminMisses) => Whole(text, 0, 1_000_000, "(0: no limit)"),
            nameof(MoceanOptions.RateLimit) => Whole(text, 0, 1_000_000_000, "(0 turns limiting off)"),
            nameof(MoceanOptions.RowCap) => Whole(text, 1, long.MaxValue, null),
            nameof(MoceanOptions.HeavyWorkers) or nameof(MoceanOptions.HeavyPerAddress) => Whole(text, 1, 1024, null),
            nameof(MoceanOptions.StepsNamesPerAddress) or nameof(MoceanOptions.PlayersPerAddress) or nameof(MoceanOptions.LivePerAddress) => Whole(text, 1, 1_000_000, null),
            nameof(MoceanOptions.PlayersPerOcean) => Whole(text, 1, 100_000, null),
            nameof(MoceanOptions.HeavyQueue) => Whole(text, 0, 100_000, "(0: none wait)"),
            nameof(MoceanOptions.FileReplySeconds) => Whole(text, 1, 86_400, null),
            nameof(MoceanOptions.Seed) => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? null : $"a whole number from 0 to {ulong.MaxValue}",
            "PlacementSeed" or "IdSeed" => Whole(text, long.MinValue, long.MaxValue, null),
            "Clock" => StandingClock.Parse(text) is null ? "a time with its zone, like 2026-03-14T15:09:26Z" : null,
            "IdleMinutes" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0 && minutes <= 525_600
                ? null : "a number of minutes above 0 and at most 525600 (a year), like 60 or 0.5",
            "Recording" => bool.TryParse(text, out _) ? null : "true or false",
            "TrackSeconds" => Between(text, 0.01, 3600, "a number of seconds from 0.01 to 3600, like 1"),
            "RecordingDays" => Between(text, 0.001, 36_500, "a number of days above 0 and at most 36500, like 30"),
            "RecordingMegabytes" => Between(text, 1, 1_000_000, "a number of megabytes from 1 to 1000000, like 200"),
            "RecordingPublic" => text.ToLowerInvariant() is "over" or "all" or "none" ? null : "over, all or none",
            nameof(MoceanOptions.Classic) or nameof(MoceanOptions.SequentialIds) or nameof(MoceanOptions.RequireApiKeys) or nameof(MoceanOptions.LogRequests) =>
                bool.TryParse(text, out _) ? null : "true or false",
            nameof(MoceanOptions.LogLevel) => Enum.GetNames<LogLevel>().Contains(text, StringComparer.OrdinalIgnoreCase)
                ? null : "one of " + string.Join(", ", Enum.GetNames<LogLevel>()),
            nameof(MoceanOptions.TrustedProxies) => new MoceanOptions { TrustedProxies = text }.TrustedProxyList.All(IsProxy)
                ? null : "IP addresses (like 127.0.0.1) or networks (like 10.0.0.0/8), separated by commas",
            "SiloPort" or "GatewayPort" => Whole(text, 0, 65535, "(0: " + (key == "SiloPort" ? "a free port)" : "none)")),
            nameof(MoceanOptions.PublicUrl) => Uri.TryCreate(text, UriKind.Absolute, out var shown) && shown.Scheme is "http" or "https" && shown.AbsolutePath == "/"
                ? null : "the address students use, like https://mocean.school.org or http://203.0.113.5:8080 (no path)",
            nameof(MoceanOptions.Cluster) => OceanHosting.Cluster.ClusterStore.Problem(text),
            "SiloAddress" => IPAddress.TryParse(text, out var silo) && !silo.Equals(IPAddress.Any) && !silo.Equals(IPAddress.IPv6Any)
                ? null : "this machine's address as the other servers reach it, like 10.0.0.5 (not 0.0.0.0)",
            nameof(MoceanOptions.Server) => Uri.TryCreate(text, UriKind.Absolute, out var server) && server.Scheme is "http" or "https"
                ? null : "the server's address, like http://127.0.0.1:8080",
            _ => null,
        };
    }

    /// <summary>The shortest admin key accepted, and how many different characters it needs.</summary>
    public const int AdminKeyLength = 12;

    public const int AdminKeyDistinct = 6;

    // The right admin key is never refused, so from one address a student may try keys as fast as the server
    // answers: only a long key resists that (12 characters of 6 kinds or more are beyond any class's patience).
    private static string? AdminKeyProblem(string key) =>
        key.Length >= AdminKeyLength && key.Distinct().Count() >= AdminKeyDistinct
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"a key of at least {AdminKeyLength} characters with at least {AdminKeyDistinct} different ones, since students can try keys as fast as the server answers and only a long key resists that (make one with: openssl rand -base64 12)");

    private static string? Between(string text, double least, double most, string what) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= least && number <= most ? null : what;

    private static string? Whole(string text, long least, long most, string? note)
    {
        var fits = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= least && number <= most;
        return fits ? null : string.Create(CultureInfo.InvariantCulture, $"a whole number from {least} to {most}") + (note is null ? string.Empty : " " + note);
    }

    private static bool IsListenAddress(string url)
    {
        try
        {
            return BindingAddress.Parse(url) is { Scheme: "http" or "https" };
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsProxy(string proxy) => proxy.Contains('/', StringComparison.Ordinal)
        ? IPNetwork.TryParse(proxy, out _)
        : IPAddress.TryParse(proxy, out _);
}
