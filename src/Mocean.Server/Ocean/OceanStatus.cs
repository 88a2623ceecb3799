using Mocean.Ocean.Commands;
using Mocean.OceanHosting;
using Mocean.Operations;

namespace Mocean.Server.Ocean;

/// <summary>The players in each ocean (<c>main</c> first, then the teacher's oceans by name) on <c>/status</c>.</summary>
public sealed class OceanStatus(OceanLocator locator) : IStatusContributor
{
    public async ValueTask<IEnumerable<StatusLine>> StatusLinesAsync()
    {
        var names = await locator.EveryAsync().ConfigureAwait(false);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            counts[name] = (await locator.ExecuteAsync(name, new Player.Who()).ConfigureAwait(false)).Value.Length;
        }

        var text = string.Join(", ", counts.Select(pair => $"{pair.Key} {pair.Value}"));
        return [new StatusLine("players per ocean", "playersPerOcean", text, counts)];
    }
}
