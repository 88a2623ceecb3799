using Mocean.Client.Data;
using Mocean.Client.Ocean;
using Mocean.Client.Steps;

namespace Mocean.Client;

/// <summary>
/// A client of one Mocean server: <see cref="Steps"/> (the puzzle chain, progress, Duck and Wolf),
/// <see cref="Ocean"/> (join the multiplayer ocean and steer a player) and <see cref="Data"/> (the
/// teaching data API and ERDDAP-style tabledap queries). Every reply carries its round trip
/// (<see cref="Timed.Elapsed"/>); <see cref="LastRoundTrip"/> is the latest one.
/// </summary>
public sealed class MoceanClient : IDisposable
{
    /// <summary>The address a server answers on when started with its defaults on this machine.</summary>
    public const string DefaultServer = "http://localhost:8080";

    private readonly HttpClient? owned;
    private readonly Wire wire;

    /// <summary>A client of the server at <paramref name="server"/> (like <c>http://localhost:8080</c>), with an <see cref="HttpClient"/> of its own.</summary>
    public MoceanClient(string server = DefaultServer, TimeSpan? timeout = null)
        : this(new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(30) }, ServerUri(server), owns: true)
    {
    }

    /// <summary>A client over a given <see cref="HttpClient"/>; the server is <paramref name="server"/> or else the client's <see cref="HttpClient.BaseAddress"/>.</summary>
    public MoceanClient(HttpClient http, Uri? server = null)
        : this(http, server, owns: false)
    {
    }

    private MoceanClient(HttpClient http, Uri? server, bool owns)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = server ?? http.BaseAddress ?? throw new ArgumentException("give the server address, or an HttpClient with a BaseAddress", nameof(server));
        owned = owns ? http : null;
        wire = new Wire(http, ServerUri(address.ToString()));
        Steps = new StepsClient(wire);
        Ocean = new OceanClient(wire);
        Data = new DataClient(wire);
    }

    /// <summary>The server's address, ending in <c>/</c>.</summary>
    public Uri Server => wire.Server;

    /// <summary>The round trip of the latest request this client made.</summary>
    public TimeSpan LastRoundTrip => wire.LastRoundTrip;

    public StepsClient Steps { get; }

    public OceanClient Ocean { get; }

    public DataClient Data { get; }

    /// <summary>
    /// GETs any route with the given query pairs and returns the reply as text, whatever its status
    /// (what <c>mocean get</c> shows). Only a server that cannot be reached throws.
    /// </summary>
    public Task<TextReply> GetAsync(string route, IEnumerable<KeyValuePair<string, string?>>? query = null, CancellationToken cancel = default) =>
        wire.SendAsync(wire.Url(route, query ?? []), cancel);

    /// <summary>GETs any route; a 4xx or 5xx throws <see cref="MoceanException"/> with the server's line.</summary>
    public async Task<TextReply> GetTextAsync(string route, IEnumerable<KeyValuePair<string, string?>>? query = null, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync(route, query ?? [], cancel).ConfigureAwait(false);
        return new TextReply(200, body) { Elapsed = elapsed };
    }

    /// <summary><c>/hello</c>: a short greeting, the liveness check.</summary>
    public Task<TextReply> HelloAsync(CancellationToken cancel = default) => GetTextAsync("hello", null, cancel);

    public void Dispose() => owned?.Dispose();

    private static Uri ServerUri(string server)
    {
        if (!Uri.TryCreate(server.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{server}' is not a server address; give one like {DefaultServer}", nameof(server));
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }
}
