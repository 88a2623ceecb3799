namespace Mocean.Server.Hosting;

/// <summary>
/// The server's settings, read from <c>mocean.json</c> beside the binary, <c>MOCEAN_</c> environment
/// variables and the command line (in rising precedence). Each default is the spec's.
/// </summary>
public sealed class MoceanOptions
{
    /// <summary>Where everything the server keeps lives.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>The teacher's key for admin routes (header <c>X-Admin-Key</c>); admin routes refuse all when unset.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Requests a second per client address (bursts of twice that); 0 turns limiting off.</summary>
    public int RateLimit { get; set; } = 1000;

    /// <summary>Wrong admin keys an address may send within a minute before its key checks are refused for the rest of it; 0 turns this off.</summary>
    public int AdminMisses { get; set; } = 20;

    /// <summary>The most rows one data query may return.</summary>
    public long RowCap { get; set; } = 10_000_000;

    /// <summary>Data routes refuse requests without an API key (header <c>X-Api-Key</c>).</summary>
    public bool RequireApiKeys { get; set; }

    /// <summary>A teacher's own puzzle file (JSON or YAML); the shipped chain when unset.</summary>
    public string? Puzzles { get; set; }

    /// <summary>The world seed of the <c>main</c> ocean (0 to 2^64-1, as the admin route takes it).</summary>
    public ulong? Seed { get; set; }

    /// <summary>Log every request line at Information instead of Debug.</summary>
    public bool LogRequests { get; set; }

    /// <summary>The least level a log line must have to be written.</summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Information;

    /// <summary>Addresses of the teacher's reverse proxies, separated by commas; forwarded headers are believed only from these.</summary>
    public string? TrustedProxies { get; set; }

    /// <summary>Expensive replies (charts, Parquet files, new sea floors) made at once (<see cref="HeavyWork"/>).</summary>
    public int HeavyWorkers { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Expensive replies waiting for a turn beyond those being made; more are refused with 503.</summary>
    public int HeavyQueue { get; set; } = 16;

    /// <summary>Expensive replies one client address may have in the making or waiting; more are refused with 429.</summary>
    public int HeavyPerAddress { get; set; } = 2;

    /// <summary>Seconds a reader has to take a chart or file once it is made; a slower one loses it (the connection is cut, the file deleted).</summary>
    public int FileReplySeconds { get; set; } = 60;

    /// <summary>
    /// The original club's V3.14 protocol for a class that trusts itself: ids 0, 1, 2... per ocean that anyone may
    /// use, the original's replies and refusals where a program could depend on them (docs/teaching-with-mocean.md).
    /// </summary>
    public bool Classic { get; set; }

    /// <summary>The older name of <see cref="Classic"/>, still accepted; the server says once in its log that it is an alias.</summary>
    public bool SequentialIds { get; set; }

    /// <summary>True when classic mode is on, by its own name or the older one.</summary>
    public bool ClassicMode => Classic || SequentialIds;

    /// <summary>The address students reach the server at (behind a proxy, or by name), shown in replies' URLs; a request's Host is shown only when it is this or an address the request reached.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Players one ocean takes; a join beyond is refused with 409.</summary>
    public int PlayersPerOcean { get; set; } = 500;

    /// <summary>Players joined from one client address and still playing; a join beyond is refused with 429.</summary>
    public int PlayersPerAddress { get; set; } = 200;

    /// <summary>Live streams (the live map's, the teacher page's) one client address may have open at once; more are refused with 429.</summary>
    public int LivePerAddress { get; set; } = 60;

    /// <summary>Different Steps names one client address may use (since the server started); more are refused with 429.</summary>
    public int StepsNamesPerAddress { get; set; } = 200;

    /// <summary>
    /// The cluster store, a PostgreSQL connection string: with it the server is one of a cluster (see <c>Mocean.OceanHosting/Cluster/ClusterStore.cs</c>);
    /// without it (the default) one server keeps everything in its data directory.
    /// </summary>
    public string? Cluster { get; set; }

    /// <summary>True when the server is one of a cluster.</summary>
    public bool Clustered => !string.IsNullOrWhiteSpace(Cluster);

    /// <summary>For the <c>backup</c> command: the running server's address.</summary>
    public string? Server { get; set; }

    /// <summary>The trusted proxies' addresses as written.</summary>
    public IReadOnlyList<string> TrustedProxyList => Split(TrustedProxies);

    /// <summary>The data directory as a full path.</summary>
    public string DataPath => Path.GetFullPath(DataDir);

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
