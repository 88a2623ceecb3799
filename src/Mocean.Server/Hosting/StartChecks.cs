using System.Data.Common;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations;
using Mocean.Research;
using Mocean.Research.Catalog;

namespace Mocean.Server.Hosting;

/// <summary>What the server checks before anything starts: its claim on the data directory, then that its stores read (<see cref="StoreCheck"/>).</summary>
public static class StartChecks
{
    /// <summary>
    /// Claims the data directory for this server's lifetime (<see cref="DataDirLock"/>) before anything opens a store in it,
    /// or says in one line that another server holds it and returns false.
    /// </summary>
    public static bool ClaimDataDir(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var dataPath = app.Services.GetRequiredService<IOptions<StoreOptions>>().Value.DataPath;
        if (DataDirLock.TryTake(dataPath) is not { } claim)
        {
            Console.Error.WriteLine(
                $"mocean-server could not start: another mocean-server uses the data folder {dataPath}. Stop it first, or give this one its own folder with --data-dir DIR.");
            return false;
        }

        app.Lifetime.ApplicationStopped.Register(claim.Dispose);
        return true;
    }

    /// <summary>
    /// Checks the stores of the data directory the server just claimed, and opens the data service's; false, after
    /// one line on stderr, when one cannot be read (then nothing has started).
    /// </summary>
    public static bool StoresReadable(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
        var dataPath = options.DataPath;
        var problem = StoreCheck.Problem(dataPath) ?? (options.Clustered ? OceanHosting.Cluster.ClusterSchema.Problem(app.Services) : null);
        if (problem is null)
        {
            try
            {
                _ = app.Services.GetRequiredService<DataService>();
            }
            catch (Exception unreadable) when (unreadable is DatasetException or DbException)
            {
                problem = StoreCheck.Unreadable("the data service's", Path.Combine(dataPath, DataService.StoreFile), unreadable.Message);
            }
        }

        if (problem is null)
        {
            return true;
        }

        Console.Error.WriteLine("mocean-server could not start: " + problem);
        return false;
    }
}
