using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Mocean.Operations.Settings;

/// <summary>
/// The teacher's settings: the admin key, and how many wrong keys an address may send. Here, beside the commands,
/// since the commands that ask a running server (<c>backup</c>, <c>data add</c>) present the key that its admin routes check.
/// </summary>
public sealed class AdminOptions
{
    /// <summary>The header the admin key travels in (never a URL).</summary>
    public const string Header = "X-Admin-Key";

    /// <summary>The shortest admin key accepted, and how many different characters it needs.</summary>
    public const int KeyLength = 12;

    public const int KeyDistinct = 6;

    /// <summary>The teacher's key for admin routes (header <c>X-Admin-Key</c>); admin routes refuse all when unset.</summary>
    [Display(Prompt = "KEY", Description = "The teacher's secret for admin routes and backups, sent in the header X-Admin-Key: at least 12 characters, 6 of them different.")]
    [DefaultValue("(none: admin routes are off)")]
    [CustomValidation(typeof(AdminOptions), nameof(CheckKey))]
    public string? AdminKey { get; set; }

    /// <summary>Wrong admin keys an address may send within a minute before its key checks are refused for the rest of it; 0 turns this off.</summary>
    [Display(Prompt = "N", Description = "Wrong admin keys one address may send within a minute; after that its wrong keys are answered 429 until the minute is over, while the right key always works (0: no limit).")]
    [Range(0, 1_000_000, ErrorMessage = SettingValues.Whole + " (0: no limit)")]
    public int AdminMisses { get; set; } = 20;

    // The right admin key is never refused, so from one address a student may try keys as fast as the server
    // answers: only a long key resists that (12 characters of 6 kinds or more are beyond any class's patience).
    public static ValidationResult? CheckKey(string? key) => string.IsNullOrEmpty(key) ? ValidationResult.Success : SettingValues.Must(
        key.Trim() is { Length: >= KeyLength } trimmed && trimmed.Distinct().Count() >= KeyDistinct,
        string.Create(CultureInfo.InvariantCulture,
            $"a key of at least {KeyLength} characters with at least {KeyDistinct} different ones, since students can try keys as fast as the server answers and only a long key resists that (make one with: openssl rand -base64 12)"));
}
