using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Mocean.OceanHosting;
using Mocean.Server.Research;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

/// <summary>One server requiring API keys for every test: each issues keys of its own labels.</summary>
public sealed class ApiKeyTests(ApiKeyTests.Server server) : IClassFixture<ApiKeyTests.Server>
{
    private readonly HttpClient client = server.Client;

    public sealed class Server : IAsyncLifetime
    {
        private readonly MoceanFactory factory = new();

        // The keys' rate limits run on a clock that stands still, so "more than the rate in one second" does not
        // depend on how fast a loaded machine sends the requests.
        // Neither wall time nor timestamps move unless the test moves them.
        private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));

        public HttpClient Client { get; private set; } = null!;

        public string DataDir => factory.DataDir;

        public Task InitializeAsync()
        {
            factory.Settings["RequireApiKeys"] = "true";
            Client = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
                services.AddSingleton(provider => new ApiKeys(provider.GetRequiredService<IOptions<DataServiceOptions>>(), provider.GetRequiredService<IOptions<StoreOptions>>(), new MoceanClock(clock))))).CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await factory.DisposeAsync();
    }

    private async Task<string> Issue(string label, int rate = 100)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/keys?label={label}&rate={rate}");
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var reply = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return (await reply.Content.ReadAsStringAsync()).Trim();
    }

    private async Task<HttpResponseMessage> Get(string url, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task WithKeysRequiredAnAnonymousRequestIsToldHowToGetOne()
    {
        using var reply = await Get("/tabledap/periodic_table.csv0?Symbol&AtomicNumber=1", null);
        var body = await reply.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, reply.StatusCode);
        Assert.Contains("requires an API key in the header X-Api-Key; ask the teacher (admin) for one", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIssuedKeyWorksUntilRevokedAndIsStoredOnlyHashed()
    {
        var key = await Issue("alice");
        using (var ok = await Get("/tabledap/periodic_table.csv0?Symbol&AtomicNumber=1", key))
        {
            Assert.Equal("H\n", await ok.Content.ReadAsStringAsync());
        }

        Assert.DoesNotContain(key, await File.ReadAllTextAsync(Path.Combine(server.DataDir, "apikeys.json")), StringComparison.Ordinal);
        using var revoke = new HttpRequestMessage(HttpMethod.Delete, "/admin/keys/alice");
        revoke.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using (var revoked = await client.SendAsync(revoke))
        {
            Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        }

        using var after = await Get("/tabledap/periodic_table.csv0?Symbol&AtomicNumber=1", key);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task EachKeyHasItsOwnRateLimit()
    {
        var slow = await Issue("slow", rate: 2);
        var fast = await Issue("fast", rate: 1000);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var reply = await Get("/api/lookup?number=1", slow);
            statuses.Add(reply.StatusCode);
        }

        using var other = await Get("/api/lookup?number=1", fast);

        // Two a second, and the second has not passed: two answered, the rest refused.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 4)], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData(1, "the key 'one' is over its rate of 1 request a second; wait a second")]
    [InlineData(2, "the key 'two' is over its rate of 2 requests a second; wait a second")]
    public async Task The429NamesTheKeysRateInWords(int rate, string line)
    {
        var key = await Issue(rate == 1 ? "one" : "two", rate);
        for (var i = 0; i < rate; i++)
        {
            using var answered = await Get("/api/lookup?number=1", key);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        using var refused = await Get("/api/lookup?number=1", key);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal($"{{\"error\":\"{line}\"}}", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task IssuingAKeyNeedsTheAdminKey()
    {
        using var reply = await client.PostAsync("/admin/keys?label=mallory", null);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.StatusCode);
    }
}

