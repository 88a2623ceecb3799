using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mocean.Operations.Settings;

namespace Mocean.Server.Protocol;

/// <summary>The address students reach the server at, shown in replies' URLs (<see cref="PublicAddress"/>).</summary>
public sealed class PublicAddressOptions
{
    /// <summary>Behind a proxy, or by name; a request's Host is shown only when it is this or an address the request reached.</summary>
    [Display(Prompt = "URL", Description = "The address students use to reach the server (https://mocean.school.org behind a proxy), shown in replies' links; other Host headers are never echoed.")]
    [DefaultValue("(none: the address each request reached)")]
    [CustomValidation(typeof(PublicAddressOptions), nameof(CheckUrl))]
    public string? PublicUrl { get; set; }

    public static ValidationResult? CheckUrl(string? url) => string.IsNullOrEmpty(url) ? ValidationResult.Success : SettingValues.Must(
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var shown) && shown.Scheme is "http" or "https" && shown.AbsolutePath == "/",
        "the address students use, like https://mocean.school.org or http://203.0.113.5:8080 (no path)");
}
