namespace Mocean.Operations.Settings;

/// <summary>
/// Where settings come from, in rising precedence: <c>mocean.json</c> beside the program or <c>--config FILE</c>,
/// <c>MOCEAN_</c> environment variables, the command line.
/// </summary>
public static class SettingSources
{
    public const string DefaultUrls = "http://0.0.0.0:8080";

    public const string EnvironmentPrefix = "MOCEAN_";

    /// <summary>The settings file: <c>--config FILE</c>, else <c>MOCEAN_CONFIG</c>, else <c>mocean.json</c> beside the program.</summary>
    public static string ConfigFile(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--config" && i + 1 < args.Length)
            {
                return Path.GetFullPath(args[i + 1]);
            }

            if (args[i].StartsWith("--config=", StringComparison.Ordinal))
            {
                return Path.GetFullPath(args[i]["--config=".Length..]);
            }
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentPrefix + "CONFIG");
        return string.IsNullOrEmpty(fromEnvironment)
            ? Path.Combine(AppContext.BaseDirectory, "mocean.json")
            : Path.GetFullPath(fromEnvironment);
    }

    /// <summary>Adds the three sources of settings, lowest first; <paramref name="table"/> names the command line's switches.</summary>
    public static IConfigurationBuilder AddMoceanSources(this IConfigurationBuilder configuration, string[] args, SettingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return configuration
            .AddJsonFile(ConfigFile(args), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddCommandLine(args, table.Switches());
    }
}
