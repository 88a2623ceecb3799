using System.Net;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Live;

/// <summary>The teacher's page offers, under "Give an item", exactly the items POST /admin/give accepts.</summary>
public sealed partial class TeacherItemListTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task EveryItemThePageOffersIsGivenAndEveryItemTheServerGivesIsOffered()
    {
        var page = await client.GetStringAsync("/teacher");
        var datalist = DataList().Match(page);
        Assert.True(datalist.Success, "the page has a datalist of items");
        var offered = Option().Matches(datalist.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(offered);
        Assert.Equal(offered.Count, offered.Distinct().Count());

        var name = OceanKit.Unique("Gift");
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/join?name={name}")).Status);
        foreach (var item in offered)
        {
            var (status, text) = await client.Admin($"/admin/give?name={name}&item={Uri.EscapeDataString(item)}");
            Assert.True(status == HttpStatusCode.OK, $"{item}: {(int)status} {text}");
            Assert.Equal($"gave {name} the {item}", text);
        }

        // The refusal of an unknown item names every item the server gives.
        var (refused, line) = await client.Admin($"/admin/give?name={name}&item=no%20such%20thing");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        const string Known = "no such item; known items: ";
        Assert.StartsWith(Known, line, StringComparison.Ordinal);
        var accepted = line[Known.Length..].Split(", ");
        Assert.Equal(accepted.Order(StringComparer.Ordinal), offered.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("""<datalist id="items">(.*?)</datalist>""", RegexOptions.Singleline)]
    private static partial Regex DataList();

    [GeneratedRegex("""<option value="([^"]*)">""")]
    private static partial Regex Option();
}
