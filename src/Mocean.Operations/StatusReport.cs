using System.Globalization;

namespace Mocean.Operations;

/// <summary>
/// What <c>/status</c> answers: the version and when the server started, then every <see cref="IStatusContributor"/>'s
/// lines in the order they were registered (the web host's own first: requests served, log lines dropped), as text a
/// person reads (<c>label: text</c>, a line each) and as JSON (each line's name and value).
/// </summary>
public sealed class StatusReport(StartTime start, IEnumerable<IStatusContributor> contributors)
{
    public async Task<(string Text, Dictionary<string, object> Json)> GatherAsync()
    {
        var lines = new List<StatusLine>
        {
            new("version", "version", ServerVersion.Text),
            new("up since", "upSince", start.UpSince.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        };
        foreach (var contributor in contributors)
        {
            lines.AddRange(await contributor.StatusLinesAsync().ConfigureAwait(false));
        }

        var text = string.Join('\n', lines.Select(line => $"{line.Label}: {line.Text}"));
        var json = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            json[line.Name] = line.Value ?? line.Text;
        }

        return (text, json);
    }
}
