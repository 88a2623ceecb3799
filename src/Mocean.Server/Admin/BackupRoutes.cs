using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations.Backup;
using Mocean.Operations.Settings;

namespace Mocean.Server.Admin;

/// <summary>
/// <c>POST /admin/backup</c>: the running server answers a zip snapshot of its data directory (the admin key required;
/// the snapshot is <see cref="BackupService"/>'s). A server of a cluster keeps the game in the cluster's PostgreSQL
/// store, not in its folder: its reply says so in the header <see cref="BackupService.NoteHeader"/>, which
/// <c>mocean-server backup</c> prints.
/// </summary>
public static class BackupRoutes
{
    public static IServiceCollection AddBackup(this IServiceCollection services)
    {
        services.AddSettings<BackupOptions>();
        return services.AddSingleton<BackupService>();
    }

    public static WebApplication MapBackup(this WebApplication app)
    {
        app.MapAdminGroup().MapPost("/backup", async (BackupService backups, IOptions<StoreOptions> options, HttpContext context) =>
        {
            var zip = await backups.SnapshotAsync(context.RequestAborted).ConfigureAwait(false);
            if (zip is null)
            {
                return Results.Text("a backup is already being taken; try again in a minute\n", "text/plain; charset=utf-8",
                    statusCode: StatusCodes.Status409Conflict);
            }

            if (options.Value.Clustered)
            {
                context.Response.Headers[BackupService.NoteHeader] = BackupService.ClusterNote;
            }

            // The file goes away once sent: the snapshot lives in the caller's file, not on the server.
            var stream = new FileStream(zip, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.DeleteOnClose);
            return Results.Stream(stream, "application/zip", "mocean-backup.zip");
        }).WithSummary("A consistent snapshot of the data directory, as a zip (for mocean-server backup FILE)");
        return app;
    }
}
