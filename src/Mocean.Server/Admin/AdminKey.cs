using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations.Settings;
using Mocean.Server.Hosting;

namespace Mocean.Server.Admin;

/// <summary>
/// The teacher's key, sent in the header <c>X-Admin-Key</c> (never in a URL) and compared in constant time.
/// A missing key is 401, a wrong one 403 (429 once its address sent too many: <see cref="AdminLockout"/>); the
/// right key is always accepted; with no key configured every admin route refuses.
/// A browser signed in on the teacher's page sends the <see cref="AdminCookie"/> instead of the header;
/// a state-changing request with only the cookie must come from this server's own pages.
/// </summary>
public sealed partial class AdminKey(IOptions<AdminOptions> options, IOptions<StoreOptions> server, AdminCookie cookie, AdminLockout lockout, IServiceProvider services, ILogger<AdminKey> logger)
{
    private readonly byte[]? expected = string.IsNullOrEmpty(options.Value.AdminKey)
        ? null
        : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.AdminKey));

    private TeacherSessions? sessions;

    /// <summary>True when the server has an admin key (without one every admin route refuses).</summary>
    public bool IsSet => expected is not null;

    /// <summary>True when the text is the admin key (for the sign-in form of the teacher's page).</summary>
    public bool Matches(string? candidate) =>
        expected is not null && !string.IsNullOrEmpty(candidate)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), expected);

    /// <summary>
    /// Checks the key from the sign-in form: null when it is right (the response then carries the teacher's
    /// cookie), otherwise the refusal to send.
    /// </summary>
    public IResult? SignIn(HttpContext context, string? candidate)
    {
        if (!Matches(candidate))
        {
            var (status, line) = TooManyMisses(context) ?? Missed(context, "that is not the admin key");
            return Text(status, line);
        }

        cookie.Issue(context, Fingerprint);
        return null;
    }

    /// <summary>The 429 (with <c>Retry-After</c>) for an address that sent too many wrong keys; null when it may try.</summary>
    public (int Status, string Line)? TooManyMisses(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (lockout.Wait(ClientAddress.Of(context)) is not { } wait)
        {
            return null;
        }

        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (StatusCodes.Status429TooManyRequests,
            $"too many wrong admin keys from your address: wait {seconds} seconds before trying another (the right key always works)");
    }

    /// <summary>Logs and counts a wrong key from the request's address; the 403 to send.</summary>
    public (int Status, string Line) Missed(HttpContext context, string line)
    {
        ArgumentNullException.ThrowIfNull(context);
        LogRefused(logger, context.Request.Path.Value ?? "/", context.Connection.RemoteIpAddress?.ToString() ?? "?");
        lockout.Missed(ClientAddress.Of(context));
        return (StatusCodes.Status403Forbidden, line);
    }

    /// <summary>True when the request carries a live teacher's cookie issued for the current admin key.</summary>
    public bool SignedIn(HttpRequest request) =>
        expected is not null && cookie.Read(request) is { } sealedPrint
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sealedPrint), Encoding.ASCII.GetBytes(Fingerprint));

    /// <summary>Notes the key in force at start, so that a key changed while the server was stopped signs every browser out.</summary>
    public void Open()
    {
        if (expected is not null)
        {
            _ = Sessions.Generation;
        }
    }

    /// <summary>
    /// Signs the teacher out: clears this browser's cookie and, when the request is signed in (or carries the key),
    /// refuses every cookie issued before, wherever it was copied to. True when that happened.
    /// </summary>
    public bool SignOut(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entitled = SignedIn(context.Request) || Matches(context.Request.Headers[AdminOptions.Header].ToString());
        cookie.Clear(context.Response);
        if (entitled)
        {
            Sessions.SignOutEveryone();
        }

        return entitled;
    }

    // A hash of the key's hash, so even an opened token tells nothing about the key.
    private string KeyPrint => expected is null ? "" : Convert.ToHexString(SHA256.HashData(expected));

    private TeacherSessions Sessions => LazyInitializer.EnsureInitialized(ref sessions, () => new TeacherSessions(server, KeyPrint,
        server.Value.Clustered ? services.GetRequiredService<Npgsql.NpgsqlDataSource>() : null));

    // What a cookie holds: the key's print and the sign-in generation (a sign-out or a key change starts a new one).
    private string Fingerprint => expected is null ? "" : KeyPrint + "." + Sessions.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IResult Text(int status, string line) =>
        Results.Text(line, "text/plain; charset=utf-8", Encoding.UTF8, status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin key refused on {Path} from {Remote}")]
    private static partial void LogRefused(ILogger logger, string path, string remote);
}
