using Mocean.OceanHosting.Cluster;
using Mocean.Server.Tests.Infrastructure;
using Npgsql;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// The connections a server keeps pooled to the cluster's store survive the store's restart: Npgsql finds a
/// connection broken only when it is next used, and that use fails (a request answered 503 long after the store came
/// back, one for each connection the pool held). With the keepalive the server adds (<see cref="ClusterStore.Pooled"/>)
/// the broken ones are found while they idle and dropped, and every use after the restart succeeds.
/// </summary>
public sealed class ClusterStorePoolTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Connections = 4;

    [Fact]
    public async Task AfterTheStoreRestartsNoPooledConnectionFailsItsNextUse()
    {
        Assert.Equal(0, await FailuresAfterRestartAsync(ClusterStore.Pooled(postgres.ConnectionString)));
    }

    [Fact]
    public async Task WithoutTheKeepaliveTheRestartFailsTheNextUses()
    {
        // What the keepalive is for: the same pool on the connection string as given loses requests after the restart.
        Assert.NotEqual(0, await FailuresAfterRestartAsync(postgres.ConnectionString));
    }

    [Fact]
    public void TheTeachersOwnKeepaliveIsKept()
    {
        Assert.Equal(ClusterStore.KeepAliveSeconds, new NpgsqlConnectionStringBuilder(ClusterStore.Pooled("Host=db;Username=m")).KeepAlive);
        Assert.Equal(30, new NpgsqlConnectionStringBuilder(ClusterStore.Pooled("Host=db;Username=m;Keepalive=30")).KeepAlive);
        Assert.Equal("db", new NpgsqlConnectionStringBuilder(ClusterStore.Pooled("Host=db;Username=m;Password=p")).Host);
    }

    /// <summary>Fills a pool with idle connections, restarts the store, and counts the pooled connections that fail their next use.</summary>
    private async Task<int> FailuresAfterRestartAsync(string connection)
    {
        await using var pool = NpgsqlDataSource.Create(connection);
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => UseAsync(pool, holdFor: TimeSpan.FromMilliseconds(200))));
        await postgres.StopAsync();
        await postgres.StartAsync();

        // Npgsql's keepalive runs on its own timer, in real time: two of its rounds after the store is back.
        await Task.Delay(TimeSpan.FromSeconds(2 * ClusterStore.KeepAliveSeconds + 1));
        var uses = await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => UseAsync(pool, TimeSpan.Zero)));
        return uses.Count(ok => !ok);
    }

    private static async Task<bool> UseAsync(NpgsqlDataSource pool, TimeSpan holdFor)
    {
        try
        {
            await using var connection = await pool.OpenConnectionAsync();
            await using var command = new NpgsqlCommand("SELECT pg_sleep(@seconds)", connection);
            command.Parameters.AddWithValue("seconds", holdFor.TotalSeconds);
            await command.ExecuteNonQueryAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}
