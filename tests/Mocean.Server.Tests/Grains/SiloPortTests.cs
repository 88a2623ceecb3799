using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Grains;

/// <summary>
/// The ocean engine's own port: picked where no outgoing connection can take it, held until the engine binds it,
/// so servers and test hosts started side by side never fail for it; a fixed one already taken is one line.
/// </summary>
public sealed class SiloPortTests
{
    [Fact]
    public void APickedPortLiesBelowTheEphemeralRangeAndNobodyElseCanBindItWhileHeld()
    {
        var (low, _) = SiloPortReservation.EphemeralRange();
        using var reservation = SiloPortReservation.Take(new HashSet<int>(), new Random(7));

        Assert.InRange(reservation.Port, SiloPortReservation.SilosFrom, Math.Min(SiloPortReservation.OthersFrom, low) - 1);
        Assert.True(reservation.Held);
        Assert.False(CanBind(reservation.Port));
        Assert.False(PythonCanBind(reservation.Port));

        reservation.Release();

        Assert.False(reservation.Held);
        Assert.True(CanBind(reservation.Port));
    }

    [Fact]
    public void APortPickedToBeBoundLaterLiesAboveTheSilosDrawsAndBelowTheEphemeralRange()
    {
        var (low, _) = SiloPortReservation.EphemeralRange();
        using var later = SiloPortReservation.Take(new HashSet<int>(), new Random(3), SiloPortReservation.OthersFrom, int.MaxValue);

        Assert.InRange(later.Port, SiloPortReservation.OthersFrom, low - 1);
    }

    [Fact]
    public void ManyReservationsAtOnceNeverShareAPortAndSkipThePortsToAvoid()
    {
        var avoid = new HashSet<int>();
        var first = SiloPortReservation.Take(avoid, new Random(11));
        var port = first.Port;
        first.Dispose();
        avoid.Add(port);

        // The same seed draws the same first port again: it is avoided, and the 40 held ones are all different.
        var held = Enumerable.Range(0, 40).Select(_ => SiloPortReservation.Take(avoid, new Random(11))).ToList();
        try
        {
            Assert.DoesNotContain(held, r => r.Port == port);
            Assert.Equal(40, held.Select(r => r.Port).Distinct().Count());
        }
        finally
        {
            held.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task AServerListensOnItsHttpPortAndOneEnginePortBelowTheEphemeralRangeAndNoGateway()
    {
        await using var server = await ServerProcess.StartAsync();
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(server.BaseUrl + "/join?name=ann"))).StatusCode);

        var listening = ListeningPorts(server.Pid);

        var (low, _) = SiloPortReservation.EphemeralRange();
        Assert.Contains(server.Port, listening);
        var others = listening.Where(p => p != server.Port).ToList();
        var engine = Assert.Single(others);
        Assert.InRange(engine, SiloPortReservation.SilosFrom, Math.Min(SiloPortReservation.OthersFrom, low) - 1);
    }

    [Fact]
    public async Task AFixedEnginePortAnotherProgramHoldsGetsOneLineAndExitCode1()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        var dataDir = ServerProcess.NewDataDir();

        var (code, output, error) = await ServerProcess.RunCommandAsync(["--urls", "http://127.0.0.1:0", "--data-dir", dataDir, "--silo-port", port]);
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }

        Assert.Equal(1, code);
        Assert.Equal(
            $"mocean-server could not start: the ocean engine's port {port} (--silo-port) is already in use. Choose another, or leave --silo-port unset for a free one.",
            error.Trim());
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    /// <summary>Whether a socket bound as .NET binds (with SO_REUSEADDR), then listening as the silo's does, can take the port.</summary>
    private static bool CanBind(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            socket.Listen();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Whether another program (Python, binding without SO_REUSEADDR) can take the port.</summary>
    private static bool PythonCanBind(int port)
    {
        using var python = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(
            "/usr/bin/python3",
            ["-c", $"import socket\ns = socket.socket()\ntry:\n    s.bind(('127.0.0.1', {port.ToString(CultureInfo.InvariantCulture)}))\n    print('bound')\nexcept OSError:\n    print('taken')"])
        {
            RedirectStandardOutput = true,
        })!;
        var answer = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        return answer == "bound";
    }

    /// <summary>The TCP ports the process listens on, read from /proc (its socket inodes, matched in the kernel's tables).</summary>
    private static HashSet<int> ListeningPorts(int pid)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
        {
            var target = new FileInfo(fd).LinkTarget;
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
            {
                inodes.Add(target["socket:[".Length..^1]);
            }
        }

        var ports = new HashSet<int>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                const string Listen = "0A";
                if (fields.Length > 9 && fields[3] == Listen && inodes.Contains(fields[9]))
                {
                    ports.Add(int.Parse(fields[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }
        }

        return ports;
    }
}
