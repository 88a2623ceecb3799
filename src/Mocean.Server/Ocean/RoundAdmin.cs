using System.Globalization;
using System.Security.Cryptography;
using Mocean.Ocean.Commands;
using Mocean.Ocean.Rounds;
using Mocean.Research;
using Mocean.Server.Admin;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// The teacher's round actions, behind the admin key like the other admin routes: <c>POST /admin/round</c> (ocean,
/// and optional seed, impostors, tasks, minutes, meeting_seconds, confirm_ejects) answers the round line,
/// <c>POST /admin/round/end</c>, and <c>GET /admin/round/roles</c> (every role, at any time).
/// </summary>
public static class RoundAdmin
{
    public static WebApplication MapRoundAdmin(this WebApplication app)
    {
        var admin = app.MapAdminGroup();
        admin.MapPost("/round", StartAsync).WithSummary("Start a round of every player in the ocean (seed, impostors, tasks, minutes, meeting_seconds, confirm_ejects optional)");
        admin.MapPost("/round/end", (HttpContext c, string? ocean) => OceanAdmin.Execute(c, ocean, () => new Teacher.EndRound(), _ => "the round is ended: the ocean is the sandbox again"))
            .WithSummary("End the round: the ocean is the sandbox again");
        admin.MapGet("/round/roles", (HttpContext c, string? ocean) => OceanAdmin.Execute(c, ocean, () => new Teacher.Roles(), roles => string.Join('\n', roles.Select(r => r.Text))))
            .WithSummary("Every role of the round, at any time");
        return app;
    }

    private static async Task<IResult> StartAsync(HttpContext context, string? ocean)
    {
        var query = context.Request.Query;
        var data = context.RequestServices.GetService<DataService>();
        var temperatures = data is null ? [] : await RoundTemperatures.ReadAsync(data, context.RequestAborted).ConfigureAwait(false);
        return await OceanAdmin.Execute(context, ocean, () =>
        {
            var seed = Whole(query["seed"], "seed", ulong.MaxValue) ?? BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
            var settings = RoundSettings.Default with
            {
                Impostors = (int?)Whole(query["impostors"], "impostors", 100),
                Tasks = (int)(Whole(query["tasks"], "tasks", 50) ?? 5),
                Length = TimeSpan.FromMinutes(Whole(query["minutes"], "minutes", 24 * 60) ?? 15),
                MeetingLength = TimeSpan.FromSeconds(Whole(query["meeting_seconds"], "meeting_seconds", 3600) ?? 90),
                ConfirmEjects = Flag(query["confirm_ejects"]),
            };
            return new Teacher.StartRound(seed, settings, [.. temperatures]);
        }, status => status.Text).ConfigureAwait(false);
    }

    private static ulong? Whole(string? text, string key, ulong max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max
            ? value
            : throw ProtocolException.BadRequest($"'{key}' must be a whole number from 0 to {max.ToString(CultureInfo.InvariantCulture)}, not '{GameQuery.Clip(text)}'");
    }

    private static bool Flag(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "1" or "TRUE" or "ON" or "YES" => true,
        "0" or "FALSE" or "OFF" or "NO" => false,
        _ => throw ProtocolException.BadRequest($"'confirm_ejects' must be on or off, not '{GameQuery.Clip(text!)}'"),
    };
}
