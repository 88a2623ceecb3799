using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations;

namespace Mocean.Server.Research;

/// <summary>Writes where the server listens into its data directory as it starts, and takes it back as it stops (<see cref="ServerUrlFile"/>).</summary>
public static class RunningServer
{
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
        File.WriteAllText(ServerUrlFile.PathIn(DataPath(app)), url + "\n");
    }

    public static void Withdraw(WebApplication app)
    {
        var path = ServerUrlFile.PathIn(DataPath(app));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static string DataPath(WebApplication app) => app.Services.GetRequiredService<IOptions<StoreOptions>>().Value.DataPath;
}
