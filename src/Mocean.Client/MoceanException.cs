using System.Net;

namespace Mocean.Client;

/// <summary>
/// The server said no (a 4xx, with its one-line explanation of what to send instead), answered
/// with a server error, or could not be reached at all (<see cref="Status"/> is 0 then).
/// A "no" inside the game (a wrong guess, nothing in reach) is a normal reply, not this exception,
/// except where a route promises numbers and answers a sentence instead (teleport without the
/// crystal): then this exception has status 200 and that sentence.
/// </summary>
public class MoceanException : Exception
{
    public MoceanException()
        : this(0, "no reply", string.Empty)
    {
    }

    public MoceanException(string message)
        : this(0, message, string.Empty)
    {
    }

    public MoceanException(string message, Exception innerException)
        : this(0, message, string.Empty, innerException)
    {
    }

    public MoceanException(int status, string serverLine, string route, Exception? innerException = null)
        : this(status, serverLine, route, url: null, innerException)
    {
    }

    /// <summary>A failure of the request to <paramref name="url"/> (its query is left out of <see cref="Url"/> and the message).</summary>
    public MoceanException(int status, string serverLine, string route, Uri? url, Exception? innerException = null)
        : base(Describe(status, serverLine, Where(route, url)), innerException)
    {
        Status = status;
        ServerLine = serverLine;
        Route = route;
        Url = url is null ? null : new Uri(url.GetLeftPart(UriPartial.Path));
    }

    /// <summary>The HTTP status (400, 404, 409, 410, 413, 429...), or 0 when no reply came.</summary>
    public int Status { get; }

    /// <summary>The server's one-line explanation (or why no reply came).</summary>
    public string ServerLine { get; }

    /// <summary>The route asked, like <c>/steps</c>.</summary>
    public string Route { get; }

    /// <summary>
    /// The full address requested, without its query, like <c>http://localhost:8080/steps</c>: the server's address
    /// (with any path it has) and the route. Null when the failure was not a request's.
    /// </summary>
    public Uri? Url { get; }

    /// <summary>True when the server could not be reached or did not answer in time.</summary>
    public bool IsUnreachable => Status == 0;

    public HttpStatusCode? StatusCode => Status == 0 ? null : (HttpStatusCode)Status;

    private static string Where(string route, Uri? url) => url?.GetLeftPart(UriPartial.Path) ?? route;

    private static string Describe(int status, string line, string where) =>
        status == 0 ? line : $"{status} from {where}: {line}";
}
