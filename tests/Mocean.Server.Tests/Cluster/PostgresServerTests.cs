using System.Net.Sockets;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// The PostgreSQL the cluster tests run on: it starts in a temporary folder on its own loopback port with the
/// database <c>mocean</c>, keeps what was written across a stop and a start on the same port, refuses connections
/// while stopped, and leaves neither a process nor a folder behind.
/// </summary>
public sealed class PostgresServerTests
{
    [Fact]
    public async Task StartsAcceptsConnectionsKeepsDataAcrossAnOutageAndCleansUp()
    {
        var postgres = await PostgresServer.StartNewAsync();
        var port = postgres.Port;
        Assert.True(Directory.Exists(postgres.Folder));
        try
        {
            Assert.Equal("mocean", (await postgres.QueryAsync("SELECT current_database()")).Trim());
            Assert.Equal("127.0.0.1", (await postgres.QueryAsync("SELECT inet_server_addr()")).Trim());
            await postgres.QueryAsync("CREATE TABLE kept (name text); INSERT INTO kept VALUES ('ada')");

            await postgres.StopAsync();
            Assert.False(Accepts(port), "a stopped server refuses connections");
            await Assert.ThrowsAsync<InvalidOperationException>(() => postgres.QueryAsync("SELECT 1"));

            await postgres.StartAsync();
            Assert.Equal(port, postgres.Port);
            Assert.Equal("ada", (await postgres.QueryAsync("SELECT name FROM kept")).Trim());
        }
        finally
        {
            await postgres.DisposeAsync();
        }

        Assert.False(Accepts(port), "nothing listens after dispose");
        Assert.False(Directory.Exists(postgres.Folder), "its folder is deleted");
    }

    [Fact]
    public async Task TwoAtOnceTakeDifferentPorts()
    {
        await using var one = await PostgresServer.StartNewAsync();
        await using var two = await PostgresServer.StartNewAsync();
        Assert.NotEqual(one.Port, two.Port);
        await one.QueryAsync("CREATE TABLE only_in_one (x int)");
        Assert.Equal("0", (await two.QueryAsync("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_one'")).Trim());
    }

    private static bool Accepts(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
