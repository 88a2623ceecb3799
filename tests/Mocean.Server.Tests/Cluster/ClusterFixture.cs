using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// The cluster tests share one cluster and run one after another: they stop, kill and restart its servers and its
/// store, and each leaves it whole again (and starts by making it whole, should one before it have failed halfway).
/// </summary>
[CollectionDefinition(nameof(ClusterCollection), DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>;

/// <summary>
/// A cluster as a district would run it, on loopback: one real PostgreSQL (<see cref="PostgresServer"/>) and three real
/// server processes given it with <c>--cluster</c>, each with its own data directory. Every server stands its game clock
/// at the same moment (<c>--clock</c>) and is given the same seeds, so a reply does not depend on when or where it is
/// asked (only the secret ids differ); and a single server with the same settings and no cluster answers the same script, for comparison.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Size = 3;

    /// <summary>The settings of every server of the cluster, and of the single server they are compared with.</summary>
    public static readonly string[] GameArgs = ["--clock", "2026-03-14T15:09:26Z", "--seed", "11", "--placement-seed", "3"];

    private readonly ServerProcess?[] servers = new ServerProcess?[Size];
    private readonly string[] dirs = Enumerable.Range(0, Size).Select(_ => ServerProcess.NewDataDir()).ToArray();

    public PostgresServer Store { get; } = new();

    /// <summary>The settings a server of the cluster starts with.</summary>
    public IReadOnlyList<string> Args => ["--cluster", Store.ConnectionString, .. GameArgs];

    /// <summary>Server <paramref name="index"/> (0, 1 or 2); it must be running.</summary>
    public ServerProcess this[int index] => servers[index] ?? throw new InvalidOperationException($"server {index} is stopped");

    /// <summary>The addresses of the servers running now, as a load balancer's health checks would have them.</summary>
    public IReadOnlyList<string> Running => servers.Where(s => s is { HasExited: false }).Select(s => s!.BaseUrl).ToList();

    /// <summary>What the running servers logged at Error and above (each with the lines that follow it), for a failing test's message.</summary>
    public string Errors(int most = 60) => string.Join('\n', servers.OfType<ServerProcess>()
        .SelectMany((s, i) => s.Output.Split('\n').Where(l => IsError(l) || !l.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            .SkipWhile(l => !IsError(l)).Take(most).Prepend($"server {i}:")));

    /// <summary>What the running servers logged about the requests they answered 503 (the store or another server out of reach), for a failing test's message.</summary>
    public string Unavailable(int most = 20) => string.Join('\n', servers.OfType<ServerProcess>()
        .SelectMany((s, i) => s.Output.Split('\n').Where(l => l.Contains("answered 503", StringComparison.Ordinal)).Take(most).Select(l => $"server {i}: {l.Trim()}")));

    private static bool IsError(string line) => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal);

    public async Task InitializeAsync()
    {
        await Store.InitializeAsync();

        // All three at once, as a district's VMs boot: the first to reach the store makes its tables.
        await Task.WhenAll(Enumerable.Range(0, Size).Select(StartAsync));
    }

    /// <summary>
    /// Starts server <paramref name="index"/> (again) on its own data directory and, when it ran before, on the same port
    /// (as a VM's server does, so a load balancer's list stays right); waits until it serves.
    /// </summary>
    public async Task StartAsync(int index)
    {
        int? port = null;
        if (servers[index] is { } old)
        {
            // Out of the running list first: the class's bots read it while the old server goes.
            port = old.Port;
            servers[index] = null;
            await old.DisposeAsync();
        }

        servers[index] = await ServerProcess.StartAsync(dirs[index], Args, port);
    }

    /// <summary>Stops server <paramref name="index"/>: gracefully (SIGTERM), or with SIGKILL.</summary>
    public async Task StopAsync(int index, bool kill)
    {
        await this[index].StopAsync(kill);
    }

    /// <summary>Starts the store and every server that is not running (a test before this one may have failed halfway).</summary>
    public async Task MakeWholeAsync()
    {
        if (!Store.IsRunning)
        {
            await Store.StartAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, Size).Where(i => servers[i] is not { HasExited: false }).Select(StartAsync));
    }

    public async Task DisposeAsync()
    {
        foreach (var server in servers.OfType<ServerProcess>())
        {
            await server.DisposeAsync();
        }

        await Store.DisposeAsync();
        foreach (var dir in dirs.Where(Directory.Exists))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
