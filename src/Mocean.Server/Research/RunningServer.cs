using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;

namespace Mocean.Server.Research;

/// <summary>
/// The file <c>server.url</c> in the data directory says where the server that owns the store listens,
/// so <c>mocean-server data add</c> hands it the job instead of opening the store itself.
/// </summary>
public static class RunningServer
{
    public const string FileName = "server.url";

    public static string PathIn(string dataPath) => Path.Combine(dataPath, FileName);

    public static void Announce(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }

        var url = address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
        File.WriteAllText(PathIn(DataPath(app)), url + "\n");
    }

    public static void Withdraw(WebApplication app)
    {
        var path = PathIn(DataPath(app));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static string DataPath(WebApplication app) => app.Services.GetRequiredService<IOptions<StoreOptions>>().Value.DataPath;
}
