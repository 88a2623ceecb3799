using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Live;

/// <summary>A sign-in form too big, with too many fields or not a form at all: a 4xx with one line, logged once at Information, never a 500.</summary>
/// <remarks>
/// One server serves the refused forms and the right key; the fuzzed bodies, wrong keys among them, have a server of their
/// own, so a lockout of their address cannot refuse the right key.
/// </remarks>
public sealed class SignInFormTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private static readonly WebApplicationFactoryClientOptions NoCookies = new() { HandleCookies = false };
    private readonly HttpClient client = factory.CreateClient(NoCookies);

    public static TheoryData<string, int, string> Forms => new()
    {
        { "over 1 MiB", 413, "the sign-in form is over 1 MiB: send only the field key" },
        { "1025 fields", 400, "the sign-in form cannot be read: post one field, key (the admin key), as a browser's form does" },
        { "broken multipart", 400, "the sign-in form cannot be read: post one field, key (the admin key), as a browser's form does" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task ABadSignInFormIsRefusedWithOneLineLoggedOnce(string form, int status, string line)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin") { Content = Body(form) };
        request.Headers.Add("Origin", "http://localhost");
        var earlier = factory.Logs.Lines.Count;

        using var reply = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode)status, reply.StatusCode);
        Assert.Equal(line + "\n", await reply.Content.ReadAsStringAsync());
        var logged = factory.Logs.Lines.Skip(earlier).Where(l => l.Message.Contains("/teacher/signin", StringComparison.Ordinal)).ToList();
        var once = Assert.Single(logged);
        Assert.Equal(LogLevel.Information, once.Level);
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task FuzzedSignInBodiesNeverAnswer5xx()
    {
        await using var own = new MoceanFactory();
        using var client = own.CreateClient(NoCookies);
        var random = new Random(9);
        string[] types = ["application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "multipart/form-data", "text/plain", "multipart/form-data; boundary="];
        for (var i = 0; i < 150; i++)
        {
            var body = new byte[random.Next(0, 3000)];
            random.NextBytes(body);
            if (random.Next(2) == 0)
            {
                var text = "--b\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\n" + Convert.ToBase64String(body) + (random.Next(2) == 0 ? "\r\n--b--\r\n" : string.Empty);
                body = Encoding.ASCII.GetBytes(text[..random.Next(text.Length + 1)]);
            }

            using var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", types[random.Next(types.Length)]);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin") { Content = content };
            request.Headers.Add("Origin", "http://localhost");
            using var reply = await client.SendAsync(request);
            Assert.True((int)reply.StatusCode < 500, $"body {i} answered {reply.StatusCode}");
        }

        Assert.DoesNotContain(own.Logs.Lines, l => l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task TheRightKeyInAnOrdinaryFormStillSignsIn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin")
        {
            Content = new FormUrlEncodedContent([new("key", MoceanFactory.AdminKey)]),
        };
        request.Headers.Add("Origin", "http://localhost");

        using var reply = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
    }

    private static HttpContent Body(string form) => form switch
    {
        "over 1 MiB" => new StringContent("key=" + new string('k', 1024 * 1024 + 10), Encoding.ASCII, "application/x-www-form-urlencoded"),
        "1025 fields" => new StringContent(string.Join('&', Enumerable.Range(0, 1025).Select(i => $"f{i}=1")), Encoding.ASCII, "application/x-www-form-urlencoded"),
        _ => new StringContent("--b\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nabc", Encoding.ASCII)
        {
            Headers = { ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b") },
        },
    };
}
