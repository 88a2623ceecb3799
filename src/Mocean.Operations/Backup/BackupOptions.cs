using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mocean.Operations.Settings;

namespace Mocean.Operations.Backup;

/// <summary>The <c>backup</c> command's setting: the running server it asks (with the admin key of <see cref="AdminOptions"/>).</summary>
public sealed class BackupOptions
{
    [Display(Prompt = "URL", Description = "For the backup command: the running server to ask for a snapshot.")]
    [DefaultValue("(from --urls, else http://127.0.0.1:8080)")]
    [CustomValidation(typeof(BackupOptions), nameof(CheckServer))]
    public string? Server { get; set; }

    public static ValidationResult? CheckServer(string? server) => string.IsNullOrEmpty(server) ? ValidationResult.Success : SettingValues.Must(
        Uri.TryCreate(server.Trim(), UriKind.Absolute, out var address) && address.Scheme is "http" or "https",
        "the server's address, like http://127.0.0.1:8080");
}
