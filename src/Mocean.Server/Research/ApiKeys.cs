using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;

namespace Mocean.Server.Research;

/// <summary>
/// Optional API keys for the data routes (header <c>X-Api-Key</c>): issued and revoked by the admin, stored
/// as SHA-256 hashes in the data directory, each with its own rate limit (requests a second).
/// </summary>
public sealed class ApiKeys
{
    public const string Header = "X-Api-Key";
    public const int DefaultRate = 100;

    private readonly string file;
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly MoceanClock clock;
    private Dictionary<string, Entry> byLabel;

    public ApiKeys(IOptions<DataServiceOptions> options, IOptions<StoreOptions> server, MoceanClock clock)
    {
        this.clock = clock;
        Required = options.Value.RequireApiKeys;
        file = Path.Combine(server.Value.DataPath, "apikeys.json");
        byLabel = File.Exists(file)
            ? JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllText(file)) ?? []
            : [];
    }

    public bool Required { get; }

    private sealed record Entry(string Hash, int Rate, DateTimeOffset Issued);

    /// <summary>Issues a new key under the label (replacing an older one); the key is shown only here.</summary>
    public string Issue(string label, int rate)
    {
        var key = "mk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        lock (gate)
        {
            byLabel = new Dictionary<string, Entry>(byLabel) { [label] = new Entry(Hash(key), rate, clock.GetUtcNow()) };
            Save();
        }

        return key;
    }

    /// <summary>Revokes the key of the label at once; false when there was none.</summary>
    public bool Revoke(string label)
    {
        lock (gate)
        {
            if (!byLabel.ContainsKey(label))
            {
                return false;
            }

            var copy = new Dictionary<string, Entry>(byLabel);
            copy.Remove(label);
            byLabel = copy;
            Save();
            return true;
        }
    }

    /// <summary>The label and rate of a key, or null when the key is unknown or revoked.</summary>
    public (string Label, int Rate)? Find(string key)
    {
        var hash = Hash(key);
        foreach (var (label, entry) in byLabel)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(entry.Hash), Encoding.ASCII.GetBytes(hash)))
            {
                return (label, entry.Rate);
            }
        }

        return null;
    }

    /// <summary>Takes one request from the key's bucket (a second's worth, refilled continuously); false when empty.</summary>
    public bool TryTake(string label, int rate)
    {
        var bucket = buckets.GetOrAdd(label, _ => new Bucket(rate, clock.GetTimestamp()));
        lock (bucket)
        {
            var now = clock.GetTimestamp();
            bucket.Tokens = Math.Min(rate, bucket.Tokens + (clock.GetElapsedTime(bucket.Stamp, now).TotalSeconds * rate));
            bucket.Stamp = now;
            if (bucket.Tokens < 1)
            {
                return false;
            }

            bucket.Tokens -= 1;
            return true;
        }
    }

    private void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(byLabel));
        File.Move(temp, file, overwrite: true);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed class Bucket(double tokens, long stamp)
    {
        public double Tokens { get; set; } = tokens;

        public long Stamp { get; set; } = stamp;
    }
}
