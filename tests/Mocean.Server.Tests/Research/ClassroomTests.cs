using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Store;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// A class sending the same teaching request at once, through the real pipeline, on a store that counts the window's
/// queries and holds each until the test releases them (or its request goes away).
/// </summary>
public sealed class ClassroomTests : IAsyncDisposable
{
    private const int Students = 20;
    private const string Sensors = "/api/sensors?start=2022-01-05%2003:00:00&stop=2022-01-05%2003:05:00";
    private static readonly DateTime Start = new(2022, 1, 5, 3, 0, 0);
    private static readonly DateTime Stop = new(2022, 1, 5, 3, 5, 0);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly MoceanFactory factory = new();
    private readonly WebApplicationFactory<Program> server;
    private readonly ManualResetEventSlim arrived = new();
    private readonly SemaphoreSlim queried = new(0);
    private readonly ManualResetEventSlim release = new();
    private int arrivals;
    private int queries;

    public ClassroomTests() =>
        server = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
            .AddSingleton(_ =>
            {
                Directory.CreateDirectory(factory.DataDir);
                var data = new DataService(new CountingStore(new DuckStore(Path.Combine(factory.DataDir, DataService.StoreFile)), this), TimeProvider.System);
                data.PublishMissing(SampleDatasets.All(), descriptorFolder: null);
                return data;
            })
            .AddSingleton<IStartupFilter>(new Arrivals(this))));

    [Fact]
    public async Task TwentyIdenticalSensorsRequestsAtOnceQueryTheStoreOnceAndAllGetTheSameReply()
    {
        using var client = server.CreateClient();
        var requests = Enumerable.Range(0, Students).Select(_ => client.GetAsync(Sensors)).ToList();
        Assert.True(arrived.Wait(Bound));
        release.Set();

        await AllGetTheSameReply(requests);
        Assert.Equal(1, queries);
    }

    [Fact]
    public async Task WhenTheFirstStudentLeavesTheOthersStillGetTheReplyOfTheSameQuery()
    {
        using var client = server.CreateClient();
        using var leaving = new CancellationTokenSource();
        var first = client.GetAsync(Sensors, leaving.Token);
        Assert.True(await queried.WaitAsync(Bound));
        var others = Enumerable.Range(1, Students - 1).Select(_ => client.GetAsync(Sensors)).ToList();
        Assert.True(arrived.Wait(Bound));

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.All(others, other => Assert.False(other.IsCompleted));
        release.Set();
        await AllGetTheSameReply(others);
        Assert.Equal(1, queries);
    }

    /// <summary>Every request answered 200 with the same sensors reply of the window.</summary>
    private static async Task AllGetTheSameReply(IEnumerable<Task<HttpResponseMessage>> requests)
    {
        var bodies = new List<string>();
        foreach (var reply in await Task.WhenAll(requests))
        {
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            bodies.Add(await reply.Content.ReadAsStringAsync());
            reply.Dispose();
        }

        Assert.StartsWith("[{\"Timestamp\":\"2022-01-05 03:00:", bodies[0], StringComparison.Ordinal);
        Assert.All(bodies, body => Assert.Equal(bodies[0], body));
    }

    public async ValueTask DisposeAsync()
    {
        release.Set();
        await server.DisposeAsync();
        await factory.DisposeAsync();
        arrived.Dispose();
        queried.Dispose();
        release.Dispose();
    }

    /// <summary>Counts the sensors requests that reached the server, before any of its own middleware.</summary>
    private sealed class Arrivals(ClassroomTests test) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (context.Request.Path == "/api/sensors" && Interlocked.Increment(ref test.arrivals) == Students)
                {
                    test.arrived.Set();
                }

                return then(context);
            });
            next(app);
        };
    }

    /// <summary>The real store; queries of the test's window are counted and held until released or cancelled.</summary>
    private sealed class CountingStore(IDataStore store, ClassroomTests test) : DelegatingDataStore(store)
    {
        public override QueryResult Query(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel, bool streaming = false)
        {
            if (parameters is [DateTime start, DateTime stop] && start == Start && stop == Stop)
            {
                Interlocked.Increment(ref test.queries);
                test.queried.Release();
                test.release.Wait(Bound, cancel);
            }

            return base.Query(sql, parameters, cancel, streaming);
        }
    }
}
