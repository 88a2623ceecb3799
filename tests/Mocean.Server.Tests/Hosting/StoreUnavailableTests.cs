using System.Net;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Store;
using Mocean.Server.Hosting;
using Mocean.Server.Steps;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Steps.Duck;
using Orleans.Configuration;

namespace Mocean.Server.Tests.Hosting;

/// <summary>
/// "The game cannot be reached" (503 with Retry-After) is the answer to the game's own store failing or Orleans giving up
/// on a call, and to nothing else: a failure of the data sets' store or a time-out of another kind is not named so.
/// One server; each test sets the one failure it needs and clears it.
/// </summary>
public sealed class StoreUnavailableTests(StoreUnavailableTests.Server server) : IClassFixture<StoreUnavailableTests.Server>
{
    [Fact]
    public async Task TheGamesSqliteStoreFailingIsA503WithRetryAfterAndOneLine()
    {
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/steps/progress")).StatusCode);

        server.Faults.Steps = new SqliteException("database disk image is malformed", 11);
        using var refused = await client.GetAsync("/steps/progress");
        server.Faults.Steps = null;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(StoreUnavailable.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(StoreUnavailable.Line, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/steps/progress")).StatusCode);
    }

    [Fact]
    public async Task AGrainCallOrleansGivesUpOnIsA503()
    {
        using var client = server.CreateClient();
        server.Faults.HoldGrainCalls();
        try
        {
            using var refused = await client.GetAsync("/join?name=Unanswered");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(StoreUnavailable.Line, await refused.Content.ReadAsStringAsync());
        }
        finally
        {
            server.Faults.ReleaseGrainCalls();
        }

        Assert.Contains(server.Logs.Lines, line => line.Message.StartsWith("/join answered 503", StringComparison.Ordinal)
            && line.Message.Contains("Response did not arrive on time", StringComparison.Ordinal));
    }

    public static TheoryData<string> NotTheGames => ["duckdb", "timeout"];

    [Theory]
    [MemberData(nameof(NotTheGames))]
    public async Task AFailureOfTheDataSetsStoreIsNotCalledTheGameOutOfReach(string kind)
    {
        using var client = server.CreateClient();
        const string Query = "/tabledap/osb_ctd_jan2022.csv0?time&time<=2022-01-01T00:01:00Z";
        Assert.Equal("2022-01-01T00:00:00Z\n2022-01-01T00:01:00Z\n", await client.GetStringAsync(Query));

        server.Faults.Data = kind == "duckdb" ? DuckFailure() : new TimeoutException("the disk did not answer");
        using var failed = await client.GetAsync(Query);
        server.Faults.Data = null;

        // The server's own failure, logged for the teacher: not a 503 that sends the class to try the game again.
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Null(failed.Headers.RetryAfter);
        Assert.Equal("the server failed on this request and logged it; please tell the teacher\n", await failed.Content.ReadAsStringAsync());
        Assert.DoesNotContain(server.Logs.Lines, line => line.Message.StartsWith("/tabledap", StringComparison.Ordinal) && line.Message.Contains("503", StringComparison.Ordinal));
        Assert.Equal("2022-01-01T00:00:00Z\n2022-01-01T00:01:00Z\n", await client.GetStringAsync(Query));
    }

    /// <summary>A failure of DuckDB itself (its <c>error()</c> function makes one), as a data set's store would throw it.</summary>
    private static DuckDBException DuckFailure()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT error('IO Error: Could not read from file')";
        try
        {
            command.ExecuteScalar();
        }
        catch (DuckDBException failure)
        {
            return failure;
        }

        throw new InvalidOperationException("DuckDB's error() did not fail");
    }

    /// <summary>The failures a test sets: thrown by the game's Steps store, the data sets' store, or grain calls held past Orleans' time-out.</summary>
    public sealed class Faults
    {
        private volatile TaskCompletionSource? held;

        public volatile Exception? Steps;

        public volatile Exception? Data;

        public void HoldGrainCalls() => held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void ReleaseGrainCalls() => Interlocked.Exchange(ref held, null)?.TrySetResult();

        public Task Held => held?.Task.WaitAsync(TimeSpan.FromSeconds(60)) ?? Task.CompletedTask;
    }

    public sealed class Server : IAsyncLifetime
    {
        /// <summary>Orleans' response time-out on this server: held calls pass it, others (a few milliseconds) never come near.</summary>
        private static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);

        private readonly MoceanFactory factory = new();
        private readonly WebApplicationFactory<Program> faulty;

        public Server() => faulty = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton<StepsStore>(provider => new FailingSteps(ActivatorUtilities.CreateInstance<SqliteStepsStore>(provider), Faults));
            services.AddSingleton(_ =>
            {
                Directory.CreateDirectory(factory.DataDir);
                var data = new DataService(new FailingData(new DuckStore(Path.Combine(factory.DataDir, DataService.StoreFile)), Faults), TimeProvider.System);
                data.PublishMissing(SampleDatasets.All(), descriptorFolder: null);
                return data;
            });
            services.AddSingleton<IIncomingGrainCallFilter>(new HoldingFilter(Faults));
            services.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ResponseTimeout);
        }));

        public Faults Faults { get; } = new();

        public LogCapture Logs => factory.Logs;

        public HttpClient CreateClient() => faulty.CreateClient();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            Faults.ReleaseGrainCalls();
            await faulty.DisposeAsync();
            await factory.DisposeAsync();
        }
    }

    private sealed class HoldingFilter(Faults faults) : IIncomingGrainCallFilter
    {
        public async Task Invoke(IIncomingGrainCallContext context)
        {
            await faults.Held;
            await context.Invoke();
        }
    }

    private sealed class FailingSteps(StepsStore store, Faults faults) : StepsStore
    {
        public override void RecordSolve(string name, string route) => store.RecordSolve(name, route);

        public override IReadOnlyList<Solve> Solves() => faults.Steps is { } failure ? throw failure : store.Solves();

        public override (DuckGame Before, DuckGame After) UpdateDuck(string name, Func<DuckGame, DuckGame> change) =>
            store.UpdateDuck(name, change);

        public override IReadOnlyList<DuckWin> Leaderboard() => store.Leaderboard();

        public override void ClearAll() => store.ClearAll();

        public override void Dispose() => store.Dispose();
    }

    private sealed class FailingData(IDataStore store, Faults faults) : DelegatingDataStore(store)
    {
        public override long Count(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel) =>
            faults.Data is { } failure ? throw failure : base.Count(sql, parameters, cancel);
    }
}
