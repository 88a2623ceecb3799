using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace Mocean.Operations.Settings;

/// <summary>
/// Whether a value as written (on the command line, in an environment variable or in the settings file) is one its
/// setting takes, read from the setting's options property: first the conversion the configuration binder makes to the
/// property's type (a value that does not convert would make the binder throw before any validator runs), then the
/// property's validation attributes, the same that <c>ValidateOnStart</c> runs. So a wrong value is one line before
/// anything starts, and no table of rules is kept beside the options.
/// </summary>
public static class SettingValues
{
    /// <summary>What a whole number in a <c>[Range]</c> must be; add a note after it, like " (0: no limit)".</summary>
    public const string Whole = "a whole number from {1} to {2}";

    /// <summary>What the setting expects instead of <paramref name="value"/>, or null when it takes it.</summary>
    public static string? Problem(this Setting setting, string value)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var property = setting.Property;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        object? converted;
        try
        {
            converted = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
        }
        catch (Exception failure) when (failure is FormatException or ArgumentException or NotSupportedException)
        {
            return Expected(property, type);
        }

        var results = new List<ValidationResult>();
        var context = new ValidationContext(Activator.CreateInstance(property.DeclaringType!)!) { MemberName = property.Name };
        return Validator.TryValidateValue(converted, context, results, property.GetCustomAttributes<ValidationAttribute>())
            ? null
            : results[0].ErrorMessage;
    }

    /// <summary>A check's answer: fine, or what the value must be instead.</summary>
    public static ValidationResult? Must(bool fine, string expected) => fine ? ValidationResult.Success : new ValidationResult(expected);

    /// <summary>What a value that does not even convert should have been: the first rule's own words, else the type's.</summary>
    private static string Expected(PropertyInfo property, Type type)
    {
        if (property.GetCustomAttributes<ValidationAttribute>().FirstOrDefault(rule => rule.ErrorMessage is not null) is { } rule)
        {
            return rule.FormatErrorMessage(property.Name);
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type));
        }

        var whole = type.GetInterfaces().Any(face => face.IsGenericType && face.GetGenericTypeDefinition() == typeof(System.Numerics.IBinaryInteger<>));
        return whole && type.GetField("MinValue")?.GetValue(null) is IFormattable least && type.GetField("MaxValue")?.GetValue(null) is IFormattable most
            ? string.Create(CultureInfo.InvariantCulture, $"a whole number from {least} to {most}")
            : "a value of the kind " + type.Name;
    }
}
