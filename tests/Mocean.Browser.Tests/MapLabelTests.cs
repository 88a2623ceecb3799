using System.Text.Json;
using Mocean.Browser.Tests.Infrastructure;

namespace Mocean.Browser.Tests;

/// <summary>
/// The live map in the windows a classroom projector and a big screen have: every label inside the map and clear of
/// the others, even for players crowded together at the map's right edge; and the sea floor in the first frame drawn.
/// </summary>
public sealed class MapLabelTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Theory]
    [InlineData(1280, 720)]
    [InlineData(1920, 1080)]
    public async Task LabelsStayInsideTheMapAndClearOfEachOtherAndTheFloorComesWithTheFirstFrame(int width, int height)
    {
        await using var viewer = await site.OpenWatchingFramesAsync("/ocean/live", width, height);
        await viewer.WaitForMapAsync();
        using var first = JsonDocument.Parse(await viewer.Page.EvaluateAsync<string>("() => JSON.stringify(window.firstFrame)"));
        Assert.True(first.RootElement.GetProperty("floor").GetDouble() > 0.2,
            $"the first frame drawn should show the sea floor: {first.RootElement}");
        await File.WriteAllTextAsync(Path.Combine(LiveSite.Artefacts, $"first-frame-{width}x{height}.txt"),
            $"first frame {first.RootElement.GetProperty("at").GetDouble():F0} ms after the page started loading, {first.RootElement.GetProperty("floor").GetDouble():P0} of the canvas sea floor\n");

        // A crowd at the right edge and one at the top right corner, some diving: long names, two lines of label.
        var ids = new List<string>();
        var places = new (double X, double Y)[] { (897, 450), (895, 455), (893, 446), (898, 452), (896, 444), (890, 450), (897, 897), (893, 895), (450, 2) };
        for (var i = 0; i < places.Length; i++)
        {
            var name = $"Bill{width}Watson{i}";
            var id = await site.PlayAsync($"/join?name={name}");
            ids.Add(id);
            await site.AdminAsync($"/admin/give?name={name}&item=teleport%20crystal");
            await site.PlayAsync(FormattableString.Invariant($"/teleport?id={id}&x={places[i].X}&y={places[i].Y}"));
            if (i % 2 == 0)
            {
                await site.PlayAsync($"/dive?id={id}&ctrl=f");
            }
        }

        await viewer.Page.WaitForFunctionAsync($"() => document.querySelectorAll(\"#players li[data-name^='Bill{width}']\").length === {places.Length}");
        await viewer.WaitForFramesAsync();
        await viewer.ScreenshotAsync($"20-labels-{width}x{height}");

        using var drawn = JsonDocument.Parse(await viewer.Page.EvaluateAsync<string>(
            "() => JSON.stringify({ view: window.moceanLive.view, canvas: [document.getElementById('map').width, document.getElementById('map').height], labels: window.moceanLive.state.labels })"));
        var view = drawn.RootElement.GetProperty("view");
        var (left, top, side) = (view.GetProperty("left").GetDouble(), view.GetProperty("top").GetDouble(), view.GetProperty("side").GetDouble());
        var labels = drawn.RootElement.GetProperty("labels").EnumerateArray()
            .Select(l => (Text: l.GetProperty("text").GetString()!, X: l.GetProperty("x").GetDouble(), Y: l.GetProperty("y").GetDouble(), W: l.GetProperty("w").GetDouble(), H: l.GetProperty("h").GetDouble()))
            .ToList();
        Assert.Equal(places.Length, labels.Count(l => l.Text.StartsWith($"Bill{width}Watson", StringComparison.Ordinal)));
        Assert.Contains(labels, l => l.Text.EndsWith(" m", StringComparison.Ordinal));
        foreach (var l in labels)
        {
            Assert.True(l.X >= left - 0.5 && l.Y >= top - 0.5 && l.X + l.W <= left + side + 0.5 && l.Y + l.H <= top + side + 0.5,
                $"'{l.Text}' at {l.X:F0},{l.Y:F0} ({l.W:F0}×{l.H:F0}) should be inside the map {left:F0},{top:F0} ({side:F0} square)");
        }

        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                var apart = a.X + a.W <= b.X + 0.5 || b.X + b.W <= a.X + 0.5 || a.Y + a.H <= b.Y + 0.5 || b.Y + b.H <= a.Y + 0.5;
                Assert.True(apart, $"'{a.Text}' and '{b.Text}' overlap");
            }
        }

        foreach (var id in ids)
        {
            await site.PlayAsync($"/quit?id={id}");
        }

        Assert.Empty(viewer.Errors);
    }
}
