using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Mocean.Operations.Settings;

namespace Mocean.Server.Admin;

/// <summary>
/// ASP.NET Core authentication for the teacher: the admin key in <c>X-Admin-Key</c>, or the signed-in teacher's
/// cookie (<see cref="AdminCookie"/>). Admin routes require the <see cref="Policy"/>; other routes that show the
/// teacher more (the game's record, replays) ask <see cref="IsTeacherAsync"/>. A refusal is one line: 401 without a
/// key, 403 for a wrong one or a cross-site change (429 once the address sent too many wrong keys:
/// <see cref="AdminLockout"/>), 403 when the server has no admin key. Only wrong keys on admin routes are counted.
/// </summary>
public sealed class TeacherAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logs, UrlEncoder encoder, AdminKey key)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logs, encoder)
{
    public const string SchemeName = "Teacher";
    public const string Policy = "Teacher";

    private const string Off = "off";
    private const string CrossSite = "cross-site";
    private const string Wrong = "wrong";

    /// <summary>True when the request carries the admin key or a live teacher's cookie.</summary>
    public static async Task<bool> IsTeacherAsync(HttpContext context) =>
        (await context.AuthenticateAsync(SchemeName).ConfigureAwait(false)).Succeeded;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var sent = Request.Headers[AdminOptions.Header].ToString();
        var result = !key.IsSet ? AuthenticateResult.NoResult()
            : sent.Length == 0 && key.SignedIn(Request)
                ? AdminCookie.IsSafe(Request) || AdminCookie.SameOrigin(Request) ? Teacher("cookie") : AuthenticateResult.Fail(CrossSite)
            : sent.Length == 0 ? AuthenticateResult.NoResult()
            : key.Matches(sent) ? Teacher("key")
            : AuthenticateResult.Fail(Wrong);
        return Task.FromResult(result);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var (status, line) = (key.IsSet ? result.Failure?.Message : Off) switch
        {
            Off => (StatusCodes.Status403Forbidden,
                "admin routes are off: start the server with --admin-key KEY (or MOCEAN_ADMINKEY) to use them"),
            CrossSite => (StatusCodes.Status403Forbidden,
                "signed-in changes must come from this server's own pages (cross-site request refused)"),
            // The right key always works, whatever others sent from the same address (a school's one public address is
            // everyone's): only wrong keys are slowed. What resists guessing is the key's strength (AdminOptions.CheckKey).
            Wrong => key.TooManyMisses(Context) ?? key.Missed(Context, $"the admin key in {AdminOptions.Header} is wrong"),
            _ => (StatusCodes.Status401Unauthorized, $"this is an admin route: send the admin key in the header {AdminOptions.Header}"),
        };
        await WriteAsync(Response, status, line).ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteAsync(Response, StatusCodes.Status403Forbidden, "this route is the teacher's");

    private AuthenticateResult Teacher(string via) =>
        AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "teacher"), new Claim(ClaimTypes.AuthenticationMethod, via)], SchemeName)),
            SchemeName));

    private static Task WriteAsync(HttpResponse response, int status, string line)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(line, Encoding.UTF8);
    }
}
