using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Mocean.Operations.Settings;

/// <summary>One setting as a teacher meets it: its command-line switch, its key in <c>mocean.json</c>, its default and what it does.</summary>
/// <param name="Switch">The command-line name, e.g. <c>--data-dir</c>: the key in kebab case.</param>
/// <param name="Key">The key in <c>mocean.json</c>: the option's property name; the environment variable is <c>MOCEAN_</c> + the key in capitals.</param>
/// <param name="Value">What to write after the switch, e.g. <c>DIR</c> (the property's <c>[Display(Prompt)]</c>).</param>
/// <param name="Default">The default, as shown in <c>--help</c> and docs/settings.md (<c>[DefaultValue]</c>, else the property's initial value).</param>
/// <param name="Help">One sentence a teacher follows (<c>[Display(Description)]</c>).</param>
/// <param name="Property">The options property it binds to: its type and validation attributes say what it accepts.</param>
public sealed record Setting(string Switch, string Key, string Value, string Default, string Help, PropertyInfo Property)
{
    /// <summary>The environment variable that sets it (<c>MOCEAN_DATADIR</c>).</summary>
    public string Environment => "MOCEAN_" + Key.ToUpperInvariant();

    /// <summary>The settings of one options class: each property that has a <c>[Display(Description = ...)]</c>, in the order written.</summary>
    public static IEnumerable<Setting> Of(Type options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var initial = Activator.CreateInstance(options);
        return options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttribute<DisplayAttribute>()?.Description is not null)
            .OrderBy(property => property.MetadataToken)
            .Select(property =>
            {
                var display = property.GetCustomAttribute<DisplayAttribute>()!;
                var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                return new Setting(
                    "--" + JsonNamingPolicy.KebabCaseLower.ConvertName(property.Name),
                    property.Name,
                    display.Prompt ?? (type == typeof(bool) ? "true/false" : "VALUE"),
                    property.GetCustomAttribute<DefaultValueAttribute>()?.Value as string ?? Shown(property.GetValue(initial)),
                    display.Description!,
                    property);
            });
    }

    private static string Shown(object? value) => value switch
    {
        bool yes => yes ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "(none)",
    };
}

/// <summary>
/// Every setting of the server: the one table that <c>--help</c>, the command line, the start-up check and
/// docs/settings.md follow, read from the options classes of the features (each bound with
/// <c>BindConfiguration</c> and checked with <c>ValidateOnStart</c> where the feature is added). The server names
/// its classes; this project knows none but its own.
/// </summary>
/// <param name="options">The options classes whose properties are the settings, in the order <c>--help</c> lists them (after those with a <c>[Display(Order)]</c>).</param>
public sealed class SettingTable(IReadOnlyList<Type> options)
{
    /// <summary>Where a setting without <c>[Display(Order)]</c> goes: the data annotations' own default.</summary>
    private const int Unordered = 10000;

    public IReadOnlyList<Type> Options { get; } = options;

    /// <summary>Every setting: first those placed by <c>[Display(Order)]</c> (the server's own, from several classes), then each class's in the order written.</summary>
    public IReadOnlyList<Setting> All { get; } =
        [.. options.SelectMany(Setting.Of).OrderBy(s => s.Property.GetCustomAttribute<DisplayAttribute>()!.GetOrder() ?? Unordered)];

    /// <summary>Command-line names (as scripts and tests use them) to setting keys.</summary>
    public IDictionary<string, string> Switches() =>
        All.ToDictionary(s => s.Switch, s => s.Key, StringComparer.Ordinal);

    /// <summary>The settings as read from all three sources, for commands that do not start the server.</summary>
    public IConfiguration Read(string[] args) => new ConfigurationBuilder().AddMoceanSources(args, this).Build();
}

/// <summary>How a feature adds its options class.</summary>
public static class SettingServices
{
    /// <summary>Binds <typeparamref name="T"/> to the settings' top-level keys and checks it as the host starts (its data annotations).</summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services) where T : class
    {
        services.AddOptions<T>().BindConfiguration(string.Empty).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>One feature's settings as read from all three sources, for commands that do not start the server.</summary>
    public static T Read<T>(this IConfiguration settings) where T : new()
    {
        var options = new T();
        settings.Bind(options);
        return options;
    }
}
