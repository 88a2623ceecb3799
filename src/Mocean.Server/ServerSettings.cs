using Mocean.OceanHosting;
using Mocean.Operations.Backup;
using Mocean.Operations.Settings;
using Mocean.Server.Hosting;
using Mocean.Server.Protocol;
using Mocean.Server.Recording;
using Mocean.Server.Research;
using Mocean.Server.Steps;

namespace Mocean.Server;

/// <summary>The server's settings: every feature's options class, in the order <c>--help</c> lists them (<see cref="SettingTable"/>).</summary>
public static class ServerSettings
{
    public static readonly SettingTable Table = new(
    [
        typeof(ServerOptions), typeof(StoreOptions), typeof(SettingsFileOptions), typeof(AdminOptions), typeof(AddressBoundsOptions), typeof(DataServiceOptions),
        typeof(HeavyWorkOptions),
        typeof(OceanHostOptions), typeof(StepsOptions), typeof(RecordingOptions), typeof(ClassicOptions), typeof(LogOptions),
        typeof(PublicAddressOptions), typeof(BackupOptions),
    ]);
}
