using System.Net;
using System.Net.Sockets;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>
/// The ports the tests rely on: a server started on port 0 is found where it really listens, and a port held
/// closed refuses connections and cannot be taken by a server of another test meanwhile.
/// </summary>
public sealed class ServerProcessPortTests
{
    [Fact]
    public async Task AServerStartedWithoutAPortServesOnThePortItReallyBound()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = new HttpClient();

        Assert.NotEqual(0, server.Port);
        Assert.Contains($"Now listening on: http://127.0.0.1:{server.Port}", server.Output, StringComparison.Ordinal);
        Assert.Equal("hello! the Mocean server is up and listening.", await client.GetStringAsync(server.BaseUrl + "/hello"));
        await server.StopAsync();
        Directory.Delete(server.DataDir, recursive: true);
    }

    [Fact]
    public async Task AClosedPortRefusesConnectionsAndNoListenerCanTakeIt()
    {
        using var closed = ServerProcess.ClosedPort();
        var port = ServerProcess.PortOf(closed);

        using var client = new TcpClient();
        var refused = await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);

        using var listener = new TcpListener(IPAddress.Loopback, port);
        var taken = Assert.Throws<SocketException>(listener.Start);
        Assert.Equal(SocketError.AddressAlreadyInUse, taken.SocketErrorCode);
    }
}
