using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace Mocean.Operations.Settings;

/// <summary>
/// Checks the settings from all three sources before anything starts: unknown switches and unknown keys in the
/// settings file are refused (with "did you mean" when one is close), a settings file that is not JSON and every
/// value a setting cannot take are one line each on stderr. Unknown <c>MOCEAN_</c> environment variables are only
/// warned about, since other software may set such variables.
/// </summary>
public sealed class SettingsCheck(SettingTable table)
{
    /// <summary>Sections of the settings file that ASP.NET Core itself reads (HTTPS endpoints, log levels, host names).</summary>
    private static readonly string[] FrameworkSections = ["Kestrel", "Logging", "AllowedHosts"];

    /// <summary>Settings the host takes from the command line itself (the test host passes them).</summary>
    private static readonly string[] HostKeys = ["environment", "contentRoot", "applicationName"];

    /// <summary>True when the settings are fine; else the first problem is written to <paramref name="error"/> as one line.</summary>
    /// <param name="args">The options (after the command and its file, if any).</param>
    /// <param name="flags">Switches without a value the command takes besides the settings, e.g. <c>--replace</c>.</param>
    /// <param name="error">Where problems and warnings go.</param>
    public bool IsFine(string[] args, IReadOnlyCollection<string> flags, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var warning in UnknownEnvironment(Environment.GetEnvironmentVariables().Keys.Cast<string>()))
        {
            error.WriteLine(warning);
        }

        var problem = UnknownSwitch(args, flags) ?? FileProblem(SettingSources.ConfigFile(args)) ?? ValueProblem(args);
        if (problem is null)
        {
            return true;
        }

        error.WriteLine("mocean-server: " + problem);
        return false;
    }

    /// <summary>The first switch no setting has, or an argument that is no switch's value.</summary>
    public string? UnknownSwitch(string[] args, IReadOnlyCollection<string> flags)
    {
        ArgumentNullException.ThrowIfNull(args);
        var switches = table.All.Select(s => s.Switch).ToArray();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var name = arg.Split('=', 2)[0];
            var takesValue = !arg.Contains('=', StringComparison.Ordinal);
            if (flags.Contains(arg))
            {
                continue;
            }

            if (switches.Contains(name, StringComparer.Ordinal) || (name.StartsWith("--", StringComparison.Ordinal) && IsKey(name[2..])))
            {
                i += takesValue ? 1 : 0;
                continue;
            }

            if (!arg.StartsWith('-'))
            {
                return $"'{Clip(arg)}' is not an option (options start with --, like --data-dir DIR); mocean-server --help lists them";
            }

            var close = Closest(name.TrimStart('-'), switches.Concat(flags).Select(s => s.TrimStart('-')));
            return $"there is no option {Clip(name)}" + (close is null ? string.Empty : $"; did you mean --{close}?") + " (mocean-server --help lists the options)";
        }

        return null;
    }

    /// <summary>A settings file that cannot be read, is not JSON, or has a key no setting has.</summary>
    public string? FileProblem(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException bad)
        {
            var why = bad.Message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0].Trim();
            return string.Create(CultureInfo.InvariantCulture, $"the settings file {path} is not valid JSON (line {(bad.LineNumber ?? 0) + 1}): {why}");
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return $"the settings file {path} cannot be read: {failure.Message}";
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return $"the settings file {path} must hold one JSON object, like {{ \"RateLimit\": 300 }}";
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var setting = table.All.FirstOrDefault(s => string.Equals(s.Key, property.Name, StringComparison.OrdinalIgnoreCase));
                if (setting is null && !FrameworkSections.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                {
                    var close = Closest(property.Name, table.All.Select(s => s.Key));
                    return $"the settings file {path} has \"{Clip(property.Name)}\", which is not a setting"
                        + (close is null ? string.Empty : $"; did you mean \"{close}\"?") + " (docs/settings.md lists the settings)";
                }

                if (setting is not null && property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    return $"the settings file {path} gives \"{setting.Key}\" a list or an object; it takes one value, like \"{setting.Key}\": \"{setting.Value}\"";
                }
            }
        }

        return null;
    }

    /// <summary>A warning for each <c>MOCEAN_</c> environment variable that is no setting.</summary>
    public IEnumerable<string> UnknownEnvironment(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names.Where(n => n.StartsWith(SettingSources.EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            if (!IsKey(name[SettingSources.EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal)))
            {
                var close = Closest(name[SettingSources.EnvironmentPrefix.Length..], table.All.Select(s => s.Environment[SettingSources.EnvironmentPrefix.Length..]));
                yield return $"mocean-server: warning: the environment variable {name} is not a setting and is ignored"
                    + (close is null ? string.Empty : $"; did you mean {SettingSources.EnvironmentPrefix}{close}?");
            }
        }
    }

    /// <summary>The first value that its setting cannot take, saying where it was given and what it must be.</summary>
    public string? ValueProblem(string[] args)
    {
        IConfigurationRoot configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddMoceanSources(args, table).Build();
        }
        catch (Exception failure) when (failure is InvalidDataException or FormatException)
        {
            return $"the settings file {SettingSources.ConfigFile(args)} cannot be used: {failure.Message}";
        }

        foreach (var setting in table.All)
        {
            var value = configuration[setting.Key];
            // An empty value of a setting that may be unset (its property may be null) means unset.
            if (value is null || (value.Length == 0 && MayBeUnset(setting)))
            {
                continue;
            }

            if (setting.Problem(value) is { } expected)
            {
                return $"{Given(configuration, setting, value, args)} is not accepted: it must be {expected}";
            }
        }

        return null;
    }

    private string Given(IConfigurationRoot configuration, Setting setting, string value, string[] args) =>
        configuration.Providers.Reverse().FirstOrDefault(p => p.TryGet(setting.Key, out _)) switch
        {
            CommandLineConfigurationProvider => $"{setting.Switch} '{Clip(value)}'",
            EnvironmentVariablesConfigurationProvider => $"the environment variable {setting.Environment}='{Clip(value)}'",
            _ => $"\"{setting.Key}\": '{Clip(value)}' in the settings file {SettingSources.ConfigFile(args)}",
        };

    private static bool MayBeUnset(Setting setting) =>
        Nullable.GetUnderlyingType(setting.Property.PropertyType) is not null
        || new NullabilityInfoContext().Create(setting.Property).WriteState == NullabilityState.Nullable;

    private bool IsKey(string key)
    {
        var first = key.Split(':', 2)[0];
        return table.All.Any(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase))
            || FrameworkSections.Contains(first, StringComparer.OrdinalIgnoreCase)
            || HostKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>The candidate nearest to <paramref name="given"/> when it is close enough to be a slip of the keyboard.</summary>
    private static string? Closest(string given, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Quickenshtein.Levenshtein.GetDistance(given.ToUpperInvariant(), c.ToUpperInvariant())))
            .OrderBy(c => c.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Clamp(given.Length / 3, 1, 3) ? best.Name : null;
    }
}
