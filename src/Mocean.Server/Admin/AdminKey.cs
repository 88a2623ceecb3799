using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Mocean.Server.Hosting;

namespace Mocean.Server.Admin;

/// <summary>
/// The teacher's key, sent in the header <c>X-Admin-Key</c> (never in a URL) and compared in constant time.
/// A missing key is 401, a wrong one 403; with no key configured every admin route refuses.
/// </summary>
public sealed partial class AdminKey(IOptions<MoceanOptions> options, ILogger<AdminKey> logger)
{
    public const string Header = "X-Admin-Key";

    private readonly byte[]? expected = string.IsNullOrEmpty(options.Value.AdminKey)
        ? null
        : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.AdminKey));

    /// <summary>Null when the key in the request is the teacher's; otherwise the refusal to send.</summary>
    public IResult? Refusal(HttpContext context)
    {
        var sent = context.Request.Headers[Header].ToString();
        if (expected is null)
        {
            return Text(StatusCodes.Status403Forbidden,
                "admin routes are off: start the server with --admin-key KEY (or MOCEAN_ADMINKEY) to use them");
        }

        if (string.IsNullOrEmpty(sent))
        {
            return Text(StatusCodes.Status401Unauthorized,
                $"this is an admin route: send the admin key in the header {Header}");
        }

        // Hashing both sides first makes the comparison constant-time whatever the lengths.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(sent));
        if (!CryptographicOperations.FixedTimeEquals(given, expected))
        {
            LogRefused(logger, context.Request.Path.Value ?? "/", context.Connection.RemoteIpAddress?.ToString() ?? "?");
            return Text(StatusCodes.Status403Forbidden, $"the admin key in {Header} is wrong");
        }

        return null;
    }

    /// <summary>True when the text is the admin key (for the sign-in form of the teacher's page).</summary>
    public bool Matches(string? candidate) =>
        expected is not null && !string.IsNullOrEmpty(candidate)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), expected);

    private static IResult Text(int status, string line) =>
        Results.Text(line, "text/plain; charset=utf-8", Encoding.UTF8, status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin key refused on {Path} from {Remote}")]
    private static partial void LogRefused(ILogger logger, string path, string remote);
}
