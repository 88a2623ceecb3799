using System.Text;
using Mocean.OceanHosting;
using Mocean.OceanHosting.Cluster;
using Mocean.Operations.Settings;

namespace Mocean.Operations;

/// <summary>What <c>--help</c> and <c>settings</c> print: every setting, from the one table of <see cref="SettingTable"/>.</summary>
public static class CommandTexts
{
    /// <summary>Every setting with the value in force and where the settings file is.</summary>
    public static string Shown(SettingTable table, string[] args)
    {
        ArgumentNullException.ThrowIfNull(table);
        var configuration = table.Read(args);
        var text = new StringBuilder();
        text.Append("settings file: ").Append(SettingSources.ConfigFile(args))
            .Append(File.Exists(SettingSources.ConfigFile(args)) ? "\n" : " (not there; defaults apply)\n");
        foreach (var setting in table.All.Where(s => s.Key != nameof(SettingsFileOptions.Config)))
        {
            var value = configuration[setting.Key];
            var shown = string.IsNullOrEmpty(value) ? setting.Default + " (default)"
                : setting.Key == nameof(AdminOptions.AdminKey) ? "(set)"
                : setting.Key == nameof(StoreOptions.Cluster) ? ClusterStore.Shown(value) : value;
            text.Append(setting.Switch[2..]).Append(": ").Append(shown).Append('\n');
        }

        return text.ToString();
    }

    public static string Help(SettingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder("""
            mocean-server: the Mocean server (Steps, the ocean game, the data service), for learning how programs talk over HTTP.

            Start the server (stop it with Ctrl+C):
              mocean-server [options]
              then open http://localhost:8080/ in a browser.

            Other commands:
              mocean-server backup FILE [--server URL] [--admin-key KEY]
                  Asks the running server for a snapshot of everything it keeps and writes it to FILE (a zip).
              mocean-server restore FILE --data-dir DIR [--replace]
                  Puts a snapshot into the data folder of a stopped server. With --replace, what DIR held
                  is first moved aside to DIR.before-restore-TIME (nothing is deleted).
              mocean-server data add FILE... [--id ID] [--title TEXT] [--descriptor FILE.json] [--data-dir DIR] [--admin-key KEY]
                  Publishes CSV or NetCDF-3 files as a data set of the data service (the server running on DIR
                  is handed the job with the admin key; else the store in DIR is written directly).
              mocean-server settings [options]
                  Shows every setting as the server would use it (marking those left at their default), then stops.
              mocean-server --help
                  This text.

            Options (each one can also go in mocean.json beside the program as "Key": value,
            or in an environment variable MOCEAN_KEY; the command line wins over both):

            """);
        foreach (var setting in table.All)
        {
            text.Append("  ").Append(setting.Switch).Append(' ').Append(setting.Value)
                .Append("    (").Append(setting.Key).Append(", ").Append(setting.Environment).Append(")\n")
                .Append("      ").Append(setting.Help).Append('\n')
                .Append("      Default: ").Append(setting.Default).Append("\n\n");
        }

        text.Append("Full guide: docs/settings.md and docs/running-as-a-service.md in the project.\n");
        return text.ToString().ReplaceLineEndings("\n");
    }
}
