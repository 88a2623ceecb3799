using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations.Settings;

namespace Mocean.Server.Admin;

/// <summary>
/// Slowing wrong admin keys: an address that sends <c>--admin-misses</c> wrong keys (header or sign-in form)
/// within a minute has its further wrong keys answered 429 until that minute is over. The right key is
/// never refused (many students share the teacher's public address, and one must not lock the teacher out);
/// what resists guessing is the key's length, checked at start. Remembers at most
/// <see cref="MaxAddresses"/> addresses; 0 turns it off.
/// </summary>
public sealed partial class AdminLockout(IOptions<AdminOptions> options, MoceanClock clock, ILogger<AdminLockout> logger)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public const int MaxAddresses = 10_000;

    private readonly ConcurrentDictionary<IPAddress, Misses> misses = new();

    /// <summary>How long the address must still wait before its key is checked again; null when it need not.</summary>
    public TimeSpan? Wait(IPAddress? address)
    {
        var limit = options.Value.AdminMisses;
        if (limit <= 0 || !misses.TryGetValue(address ?? IPAddress.None, out var seen))
        {
            return null;
        }

        var left = seen.Since + Window - clock.GetUtcNow();
        return seen.Count >= limit && left > TimeSpan.Zero ? left : null;
    }

    /// <summary>Counts a wrong key from the address.</summary>
    public void Missed(IPAddress? address)
    {
        var limit = options.Value.AdminMisses;
        if (limit <= 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (misses.Count >= MaxAddresses)
        {
            Forget(now);
        }

        var key = address ?? IPAddress.None;
        var after = misses.AddOrUpdate(key, _ => new Misses(now, 1),
            (_, seen) => now - seen.Since >= Window ? new Misses(now, 1) : seen with { Count = seen.Count + 1 });
        if (after.Count == limit)
        {
            LogLockedOut(logger, key.ToString(), limit);
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (address, seen) in misses)
        {
            if (now - seen.Since >= Window)
            {
                misses.TryRemove(address, out _);
            }
        }

        if (misses.Count >= MaxAddresses)
        {
            misses.Clear();
        }
    }

    private sealed record Misses(DateTimeOffset Since, int Count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin key guessed wrong {Count} times within a minute from {Remote}: its wrong keys are answered 429 for the rest of the minute")]
    private static partial void LogLockedOut(ILogger logger, string remote, int count);
}
