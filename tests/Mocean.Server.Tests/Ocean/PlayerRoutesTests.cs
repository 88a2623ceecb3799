using System.Net;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

public sealed partial class PlayerRoutesTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, string Text)> Get(string url)
    {
        var reply = await client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    private static string Unique(string stem) => stem + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task JoinAnswersASecretIdOfEightLettersAndDigits()
    {
        var (status, id) = await Get($"/join?name={Unique("Ann")}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches(IdShape(), id);
    }

    [Fact]
    public async Task TheIdLeadsBackToTheName()
    {
        var name = Unique("Bob");
        var (_, id) = await Get($"/join?name={name}");
        Assert.Equal((HttpStatusCode.OK, name), await Get($"/name?id={id}"));
        Assert.Equal("{\"name\":\"" + name + "\"}", (await Get($"/name?id={id}&format=json")).Text);
    }

    [Fact]
    public async Task ANameInUseIsRefusedWith409EvenInAnotherCase()
    {
        var name = Unique("Cat");
        await Get($"/join?name={name}");
        var (status, text) = await Get($"/join?name={name.ToUpperInvariant()}");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal($"the name '{name.ToUpperInvariant()}' is in use in the ocean main; pick another one (a name is free again when its player quits)", text);
    }

    [Fact]
    public async Task QuitFreesTheNameAndEndsTheId()
    {
        var name = Unique("Dan");
        var (_, id) = await Get($"/join?name={name}");
        Assert.Equal((HttpStatusCode.OK, $"goodbye {name}: your name is free again"), await Get($"/quit?id={id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/name?id={id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get($"/join?name={name}")).Status);
    }

    [Fact]
    public async Task WhoListsThePlayersOfTheOceanInTheOriginalForm()
    {
        var name = Unique("Eve");
        await Get($"/join?name={name}");
        var (status, text) = await Get("/who");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches(@"^there are \d+ players: .*", text);
        Assert.Contains(name, text.Split(": ", 2)[1].Split(' '));
    }

    [Theory]
    [InlineData("/join", "missing 'name': send name=YOURNAME (1-20 letters and digits)")]
    [InlineData("/join?name=has%20space", "the name 'has space' will not do: use 1-20 letters and digits (a-z, A-Z, 0-9)")]
    [InlineData("/join?name=abcdefghijklmnopqrstu", "the name 'abcdefghijklmnopqrstu' will not do: use 1-20 letters and digits (a-z, A-Z, 0-9)")]
    [InlineData("/join?name=Seamount7", null)]
    [InlineData("/join?name=Stupid", "the name 'Stupid' is not allowed in this class; pick another one")]
    [InlineData("/name", "missing 'id': send id=YOURID, the id join gave you")]
    [InlineData("/name?id=0;drop", "'0;drop' is not an id: an id is the lower-case letters and digits join gave you")]
    [InlineData("/quit?id=ABCDEFGH", "'ABCDEFGH' is not an id: an id is the lower-case letters and digits join gave you")]
    public async Task MalformedRequestsGetA400WithOneLine(string url, string? line)
    {
        var (status, text) = await Get(url);
        if (line is null)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(line, text);
    }

    [Fact]
    public async Task AnUnknownIdIsA404WithAHint()
    {
        var (status, text) = await Get("/name?id=zzzzzzzz");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("no player has the id zzzzzzzz: join first (ids end when their player quits or idles out)", text);
    }

    [Fact]
    public async Task AnUnknownOceanIsA404()
    {
        var (status, text) = await Get($"/join?name={Unique("Fay")}&ocean=atlantis");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("there is no ocean 'atlantis' here; leave ocean= out to use main, or ask your teacher for the ocean's name", text);
    }

    [Fact]
    public async Task RandomQueriesNeverGetA5xx()
    {
        var random = new Random(20261128);
        string[] routes = ["/join", "/quit", "/name", "/who", "/admin/players"];
        string[] keys = ["name", "id", "ocean", "NAME", "Id", "format", "client", "x"];
        const string alphabet = "aZ09 %;'\"<>&=?/\\\u00e9\u0000-_.~+";
        for (var i = 0; i < 300; i++)
        {
            var query = string.Join('&', Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
                keys[random.Next(keys.Length)] + "=" + Uri.EscapeDataString(
                    new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))));
            var url = routes[random.Next(routes.Length)] + "?" + query;
            var reply = await client.GetAsync(url);
            Assert.True((int)reply.StatusCode < 500, $"{url} gave {(int)reply.StatusCode}");
        }
    }

    [GeneratedRegex("^[a-z0-9]{8}$")]
    private static partial Regex IdShape();
}
