using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Mocean.OceanHosting;

namespace Mocean.Server.Admin;

/// <summary>
/// The teacher's sign-in for browsers, which cannot put a header on an event stream: after the admin key
/// is posted once, a short-lived HttpOnly, SameSite=Strict cookie carrying a token sealed with ASP.NET Data
/// Protection (keys in the data directory, so it survives a restart). The token holds a fingerprint of the
/// key, never the key: a new admin key signs every browser out. The token seals its own expiry, stamped
/// and checked on the server's clock (<see cref="MoceanClock"/>), never the machine's: Data Protection's
/// time-limited protector checks against the machine's clock, so a server whose clock differs (a test
/// moving time, a VM whose clock was set) would issue cookies that are already expired.
/// </summary>
public sealed class AdminCookie(IDataProtectionProvider protection, MoceanClock clock)
{
    public const string Name = "mocean-teacher";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    private readonly IDataProtector protector = protection.CreateProtector("Mocean.Admin.Cookie.v2");

    public void Issue(HttpContext context, string fingerprint)
    {
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeMilliseconds();
        var token = protector.Protect(expires.ToString(CultureInfo.InvariantCulture) + "|" + fingerprint);
        context.Response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    /// <summary>The fingerprint sealed in the request's cookie, or null when there is none, it expired or it was forged.</summary>
    public string? Read(HttpRequest request)
    {
        var token = request.Cookies[Name];
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }

        try
        {
            var sealedText = protector.Unprotect(token);
            var bar = sealedText.IndexOf('|', StringComparison.Ordinal);
            return bar > 0
                && long.TryParse(sealedText.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                && clock.GetUtcNow().ToUnixTimeMilliseconds() < expires
                ? sealedText[(bar + 1)..]
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Path = "/", SameSite = SameSiteMode.Strict, HttpOnly = true });

    /// <summary>
    /// True when the request comes from this server's own pages: the host (and port) of its Origin, or
    /// without one its Referer, is the host the request was sent to. The scheme is not compared, so the
    /// check holds behind a proxy that ends TLS. A state-changing request that carries only the cookie
    /// must pass this (CSRF); browsers send Origin on every such request.
    /// </summary>
    public static bool SameOrigin(HttpRequest request)
    {
        var claimed = request.Headers.Origin.ToString();
        if (claimed.Length == 0)
        {
            claimed = request.Headers.Referer.ToString();
        }

        return Uri.TryCreate(claimed, UriKind.Absolute, out var from)
            && (from.Scheme == Uri.UriSchemeHttp || from.Scheme == Uri.UriSchemeHttps)
            && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>GET and HEAD change nothing; anything else needs <see cref="SameOrigin"/> when the cookie is the credential.</summary>
    public static bool IsSafe(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
}
