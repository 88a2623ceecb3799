using Mocean.Server.Admin;
using Mocean.Server.Ocean;
using Mocean.Server.Protocol;

namespace Mocean.Server.Recording;

/// <summary>
/// <c>POST /admin/recording?ocean=NAME&amp;public=over|all|none</c>: the teacher chooses what students may read of an ocean's
/// record (without <c>public</c>, the reply says what it is now). Behind the admin key like every admin route.
/// </summary>
public static class RecordingAdmin
{
    public static WebApplication MapRecordingAdmin(this WebApplication app)
    {
        app.MapAdminGroup().MapPost("/recording", (HttpContext context, string? ocean, string? @public) =>
            OceanAdmin.Act(context, ocean, (_, name) =>
            {
                var recorder = context.RequestServices.GetRequiredService<GameRecorder>();
                if (@public is not null)
                {
                    var chosen = Visibilities.Parse(@public)
                        ?? throw ProtocolException.BadRequest($"public={GameQuery.Clip(@public)} will not do: send public=over (rounds that are over), public=all or public=none");
                    recorder.SetVisibility(name, chosen);
                }

                return Task.FromResult(Line(name, recorder.VisibilityOf(name)));
            })).WithSummary("What students may read of an ocean's game record (public=over, all or none)");
        return app;
    }

    private static string Line(string ocean, Visibility visibility) => visibility switch
    {
        Visibility.All => $"students read all of the record of {ocean}, the round being played included (lines said are the teacher's)",
        Visibility.None => $"students read none of the record of {ocean}: it is the teacher's alone",
        _ => $"students read the record of {ocean} for rounds that are over and play outside rounds (lines said are the teacher's)",
    };
}
