using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL (Debian's <c>postgresql</c> package) for one test or one test class: a fresh cluster in a
/// temporary folder, on a free loopback port, trust authentication, with a database <c>mocean</c>. It can be stopped
/// (the way a crash or an outage stops it) and started again on the same folder and port. Disposing it stops it and
/// deletes the folder. Postgres refuses to run as root, so as root its programs run as the <c>postgres</c> user,
/// which the package creates. Use it as an xunit class fixture, or through <see cref="StartNewAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime, IAsyncDisposable
{
    public const string Database = "mocean";

    private readonly string root = Path.Combine(Path.GetTempPath(), "mocean-pg-" + Guid.NewGuid().ToString("N"));

    /// <summary>The loopback port it listens on (chosen when it first starts, kept across restarts).</summary>
    public int Port { get; private set; }

    /// <summary>The Npgsql connection string of the database <c>mocean</c>, as the server's <c>--cluster</c> setting takes it.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={Database}";

    /// <summary>The temporary folder of its cluster, its log and its socket.</summary>
    public string Folder => root;

    /// <summary>Whether it is running (started and not stopped since).</summary>
    public bool IsRunning { get; private set; }

    private string DataDir => Path.Combine(root, "data");

    private string LogFile => Path.Combine(root, "postgres.log");

    private static bool AsRoot => Environment.UserName == "root";

    /// <summary>The newest installed PostgreSQL's programs (<c>/usr/lib/postgresql/VERSION/bin</c>).</summary>
    public static string BinDir
    {
        get
        {
            var versions = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Where(d => File.Exists(Path.Combine(d, "bin", "initdb"))).ToList()
                : [];
            var newest = versions.OrderByDescending(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var v) ? v : 0).FirstOrDefault();
            return newest is null
                ? throw new InvalidOperationException("PostgreSQL is not installed: apt-get install postgresql (.ci/run does)")
                : Path.Combine(newest, "bin");
        }
    }

    /// <summary>Starts a new one; the caller disposes it.</summary>
    public static async Task<PostgresServer> StartNewAsync()
    {
        var server = new PostgresServer();
        await server.InitializeAsync();
        return server;
    }

    /// <summary>Creates the cluster in the temporary folder, starts it on a free port and creates the database.</summary>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        if (AsRoot)
        {
            await RunAsync(new ProcessStartInfo("chown", ["postgres:postgres", root]));
        }

        await RunAsync(AsPostgres("initdb", "-D", DataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"));

        // Several attempts: another process may take a port between choosing and binding it.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            await File.AppendAllLinesAsync(Path.Combine(DataDir, "postgresql.conf"),
            [
                $"port = {Port}",
                "listen_addresses = '127.0.0.1'",
                $"unix_socket_directories = '{root}'",
                "max_connections = 300", // three servers' connection pools and the tests' own
                "fsync = off", // a test's data need not survive the machine's crash (only the process's, as with -m immediate): faster on a busy disk
                "full_page_writes = off",
            ]);
            try
            {
                await StartAsync();
                break;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
            }
        }

        await QueryAsync($"CREATE DATABASE {Database}", database: "postgres");
    }

    /// <summary>Starts it (again) on its folder and port, and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        await RunAsync(AsPostgres("pg_ctl", "-D", DataDir, "-l", LogFile, "-w", "-t", "60", "start"));
        IsRunning = true;
    }

    /// <summary>Stops it at once, as a crash or a lost database server would (<c>pg_ctl stop -m immediate</c>): connections drop.</summary>
    public async Task StopAsync()
    {
        await RunAsync(AsPostgres("pg_ctl", "-D", DataDir, "-m", "immediate", "-w", "-t", "60", "stop"));
        IsRunning = false;
    }

    /// <summary>Runs SQL with <c>psql</c> over TCP and returns its unaligned, tuples-only output (one row a line, columns split by <c>|</c>).</summary>
    public async Task<string> QueryAsync(string sql, string database = Database)
    {
        var info = new ProcessStartInfo(Path.Combine(BinDir, "psql"),
            ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", database,
             "-v", "ON_ERROR_STOP=1", "-X", "-q", "-A", "-t", "-c", sql]);
        return await RunAsync(info);
    }

    /// <summary>The server's log so far (for a failing test's message).</summary>
    public string Log => File.Exists(LogFile) ? File.ReadAllText(LogFile) : string.Empty;

    public async Task DisposeAsync()
    {
        if (IsRunning)
        {
            try
            {
                await StopAsync();
            }
            catch (InvalidOperationException)
            {
                // already gone: the folder is deleted all the same
            }
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>
    /// A free loopback port below the kernel's range for outgoing connections (32768 and up on Linux), so that while
    /// the server is stopped no outgoing connection takes its port and it can start again on it; and above the range
    /// the servers' ocean engines draw their ports from (10000-19999), so it never takes one a starting server let go.
    /// </summary>
    private static int FreePort()
    {
        for (var tries = 0; tries < 200; tries++)
        {
            var port = Random.Shared.Next(20000, 32000);
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
            }
        }

        throw new InvalidOperationException("no free loopback port between 20000 and 32000");
    }

    /// <summary>One of PostgreSQL's programs, run as the <c>postgres</c> user when the tests run as root.</summary>
    private static ProcessStartInfo AsPostgres(string program, params string[] args)
    {
        var path = Path.Combine(BinDir, program);
        return AsRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", path, .. args])
            : new ProcessStartInfo(path, args);
    }

    private async Task<string> RunAsync(ProcessStartInfo info)
    {
        var (code, output) = await ProgramRun.RunAsync(info, seconds: 90);
        return code == 0
            ? output
            : throw new InvalidOperationException($"{info.FileName} {string.Join(' ', info.ArgumentList)} exited with {code}:\n{output}\n{Log}");
    }
}
