using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Live;

/// <summary>The live ocean's routes over HTTP: pages, the floor grid, the event stream, and fuzzing.</summary>
public sealed class LiveRoutesTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    /// <summary>The first <c>data:</c> message of the stream, as JSON.</summary>
    private async Task<JsonElement> FirstMessageAsync(string url, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var reply = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        using var reader = new StreamReader(await reply.Content.ReadAsStreamAsync(timeout.Token));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        throw new InvalidOperationException("the stream ended without a message");
    }

    [Theory]
    [InlineData("/ocean/live", "text/html; charset=utf-8", "<canvas id=\"map\"")]
    [InlineData("/teacher", "text/html; charset=utf-8", "Sign in")]
    [InlineData("/live/live.js", "text/javascript; charset=utf-8", "new EventSource(")]
    [InlineData("/live/live.css", "text/css; charset=utf-8", "#map")]
    public async Task ThePagesAreServedWithAStrictContentSecurityPolicy(string url, string type, string content)
    {
        using var reply = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal(type, reply.Content.Headers.ContentType?.ToString());
        Assert.Contains(content, await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("default-src 'self'", reply.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomePageLinksTheLiveOceanAndTheTeachersPage()
    {
        var home = await client.GetStringAsync("/");
        Assert.Contains("/ocean/live", home, StringComparison.Ordinal);
        Assert.Contains("/teacher", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFloorGridShowsTheTrenchDeepestAndTheSeamountsShallowerThanThePlainFloor()
    {
        using var floor = JsonDocument.Parse(await client.GetStringAsync("/ocean/live/floor?seed=42"));
        var root = floor.RootElement;
        var (columns, cell) = (root.GetProperty("columns").GetInt32(), root.GetProperty("cell").GetInt32());
        Assert.Equal(450 * 450, root.GetProperty("depths").GetArrayLength());
        int DepthAt(int x, int y) => root.GetProperty("depths")[(y / cell * columns) + (x / cell)].GetInt32();
        Assert.Equal(500, DepthAt(200, 302)); // the trench: 50 m, in tenths
        Assert.Equal(12, root.GetProperty("seamounts").GetArrayLength());
        Assert.All(root.GetProperty("seamounts").EnumerateArray(), s =>
        {
            var (x, y) = (s.GetProperty("x").GetInt32(), s.GetProperty("y").GetInt32());
            Assert.True(DepthAt(x, y) is < 300 or 500, $"the peak at {x},{y} should rise above the 30 m floor (unless the trench cuts it)");
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("seed=")]
    [InlineData("seed=-1")]
    [InlineData("seed=abc")]
    [InlineData("seed=18446744073709551616")]
    public async Task AFloorWithoutAProperSeedIsA400WithOneLine(string query)
    {
        using var reply = await client.GetAsync($"/ocean/live/floor?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal("send seed=N (a whole number from 0 to 18446744073709551615)", (await reply.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task TheStreamShowsTreasuresOnlyToASignedInTeacher()
    {
        var anyone = await FirstMessageAsync("/ocean/live/stream");
        Assert.Equal("main", anyone.GetProperty("ocean").GetString());
        Assert.False(anyone.GetProperty("teacher").GetBoolean());
        Assert.Equal(JsonValueKind.Null, anyone.GetProperty("treasures").ValueKind);
        Assert.NotEqual(0, anyone.GetProperty("whales").GetArrayLength());

        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin") { Content = new FormUrlEncodedContent([new("key", MoceanFactory.AdminKey)]) };
        signIn.Headers.Add("Origin", "http://localhost");
        using var signedIn = await client.SendAsync(signIn);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var teacher = await FirstMessageAsync("/ocean/live/stream", cookie);
        Assert.True(teacher.GetProperty("teacher").GetBoolean());
        Assert.Equal(12, teacher.GetProperty("treasures").GetArrayLength());
    }

    [Fact]
    public async Task AStreamOfAnOceanThatDoesNotExistSaysSo()
    {
        var message = await FirstMessageAsync("/ocean/live/stream?ocean=nosuchocean");
        Assert.True(message.GetProperty("missing").GetBoolean());
        Assert.Equal(0, message.GetProperty("players").GetArrayLength());
    }

    [Fact]
    public async Task AStreamNamesItsOceanInAnyCaseAsTheGameRoutesDo()
    {
        var message = await FirstMessageAsync("/ocean/live/stream?ocean=MAIN");
        Assert.Equal("main", message.GetProperty("ocean").GetString());
        Assert.False(message.GetProperty("missing").GetBoolean());
        Assert.NotEqual(0, message.GetProperty("whales").GetArrayLength());
    }

    [Fact]
    public async Task NoInputToTheLiveRoutesGivesA5xx()
    {
        var random = new Random(8);
        string Noise() => Uri.EscapeDataString(new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(1, 0x2FF))]));
        for (var i = 0; i < 60; i++)
        {
            using var page = await client.GetAsync($"/live/{Noise()}x?{Noise()}={Noise()}");
            Assert.True((int)page.StatusCode < 500, $"/live/... gave {page.StatusCode}");
            using var floor = await client.GetAsync($"/ocean/live/floor?seed={Noise()}&{Noise()}={Noise()}");
            Assert.True((int)floor.StatusCode < 500, $"floor gave {floor.StatusCode}");
            using var signIn = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin") { Content = new StringContent(Noise(), null, i % 2 == 0 ? "application/x-www-form-urlencoded" : "text/plain") };
            signIn.Headers.TryAddWithoutValidation("Origin", i % 3 == 0 ? Noise() : "http://localhost");
            using var signedIn = await client.SendAsync(signIn);
            Assert.True((int)signedIn.StatusCode < 500, $"signin gave {signedIn.StatusCode}");
            using var admin = new HttpRequestMessage(HttpMethod.Get, "/admin/players");
            admin.Headers.TryAddWithoutValidation("Cookie", $"mocean-teacher={Noise()}");
            using var refused = await client.SendAsync(admin);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var odd = await FirstMessageAsync($"/ocean/live/stream?ocean=zz{Noise()}");
        Assert.True(odd.GetProperty("missing").GetBoolean());
    }
}
