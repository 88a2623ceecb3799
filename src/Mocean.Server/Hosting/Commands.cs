using System.Text;
using Mocean.Server.Hosting.Backup;

namespace Mocean.Server.Hosting;

/// <summary>
/// The server binary's commands besides running the server: <c>--help</c>, <c>settings</c>,
/// <c>backup FILE</c>, <c>restore FILE</c>. Each prints what a teacher needs and returns an exit code.
/// </summary>
public static class Commands
{
    /// <summary>Runs the command in <paramref name="args"/>, or returns null when the server should start.</summary>
    public static async Task<int?> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Any(arg => arg is "--help" or "-h" or "-?" or "help"))
        {
            await output.WriteAsync(Help()).ConfigureAwait(false);
            return 0;
        }

        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return SettingsCheck.IsFine(args, [], error) ? null : 1;
        }

        var rest = args[1..];
        var options = rest.Length > 0 && !rest[0].StartsWith('-') ? rest[1..] : rest;
        switch (args[0])
        {
            case "settings":
                if (!SettingsCheck.IsFine(rest, [], error))
                {
                    return 1;
                }

                await output.WriteAsync(Shown(rest)).ConfigureAwait(false);
                return 0;
            case "backup":
                return SettingsCheck.IsFine(options, [], error)
                    ? await BackupCommands.BackupAsync(rest, output, error).ConfigureAwait(false)
                    : 1;
            case "restore":
                return SettingsCheck.IsFine(options, ["--replace"], error) ? BackupCommands.Restore(rest, output, error) : 1;
            default:
                await error.WriteLineAsync($"there is no command '{args[0]}'; mocean-server --help lists the commands and options")
                    .ConfigureAwait(false);
                return 2;
        }
    }

    /// <summary>The settings as read from all three sources, for commands that do not start the server.</summary>
    public static (IConfiguration Configuration, MoceanOptions Options) Read(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddMoceanSources(args).Build();
        var options = new MoceanOptions();
        configuration.Bind(options);
        return (configuration, options);
    }

    /// <summary>Every setting with the value in force and where the settings file is.</summary>
    public static string Shown(string[] args)
    {
        var (configuration, _) = Read(args);
        var text = new StringBuilder();
        text.Append("settings file: ").Append(Configuration.ConfigFile(args))
            .Append(File.Exists(Configuration.ConfigFile(args)) ? "\n" : " (not there; defaults apply)\n");
        foreach (var setting in Settings.All.Where(s => s.Key != "Config"))
        {
            var value = configuration[setting.Key];
            var shown = string.IsNullOrEmpty(value) ? setting.Default + " (default)"
                : setting.Key == nameof(MoceanOptions.AdminKey) ? "(set)"
                : setting.Key == nameof(MoceanOptions.Cluster) ? Cluster.ClusterStore.Shown(value) : value;
            text.Append(setting.Switch[2..]).Append(": ").Append(shown).Append('\n');
        }

        return text.ToString();
    }

    public static string Help()
    {
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
              mocean-server settings [options]
                  Shows every setting as the server would use it (marking those left at their default), then stops.
              mocean-server --help
                  This text.

            Options (each one can also go in mocean.json beside the program as "Key": value,
            or in an environment variable MOCEAN_KEY; the command line wins over both):

            """);
        foreach (var setting in Settings.All)
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
