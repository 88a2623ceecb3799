using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Net;
using Mocean.Operations.Settings;

namespace Mocean.Server.Hosting;

/// <summary>
/// What one client address may do (<see cref="ClientAddress"/>: the address each bound counts by, believed from
/// forwarded headers only when they come from <see cref="TrustedProxies"/>): requests a second, players, live maps, Steps names.
/// </summary>
public sealed class AddressBoundsOptions
{
    [Display(Prompt = "N", Description = "Requests a second each client address may send (bursts of twice that); 0 turns limiting off.")]
    [Range(0, 1_000_000_000, ErrorMessage = SettingValues.Whole + " (0 turns limiting off)")]
    public int RateLimit { get; set; } = 1000;

    [Display(Prompt = "N", Description = "Players joined from one client address and still playing; a join beyond is refused with 429 until one quits.")]
    [Range(1, 1_000_000, ErrorMessage = SettingValues.Whole)]
    public int PlayersPerAddress { get; set; } = 200;

    [Display(Prompt = "N", Description = "Live maps (streams of /ocean/live and the teacher's page) one client address may have open at once; one more is refused with 429 until one closes.")]
    [Range(1, 1_000_000, ErrorMessage = SettingValues.Whole)]
    public int LivePerAddress { get; set; } = 60;

    [Display(Prompt = "N", Description = "Different Steps names (name=) one client address may use; more are refused with 429, so a script cannot flood the progress table.")]
    [Range(1, 1_000_000, ErrorMessage = SettingValues.Whole)]
    public int StepsNamesPerAddress { get; set; } = 200;

    /// <summary>Addresses of the teacher's reverse proxies, separated by commas; forwarded headers are believed only from these.</summary>
    [Display(Prompt = "IP,IP", Description = "Addresses of your own reverse proxy (Caddy, nginx); only from these are X-Forwarded-For and X-Forwarded-Proto believed.")]
    [DefaultValue("(none)")]
    [CustomValidation(typeof(AddressBoundsOptions), nameof(CheckProxies))]
    public string? TrustedProxies { get; set; }

    /// <summary>The trusted proxies' addresses as written.</summary>
    public IReadOnlyList<string> TrustedProxyList => ProxyList(TrustedProxies);

    public static ValidationResult? CheckProxies(string? proxies) => string.IsNullOrEmpty(proxies) ? ValidationResult.Success : SettingValues.Must(
        ProxyList(proxies).All(IsProxy), "IP addresses (like 127.0.0.1) or networks (like 10.0.0.0/8), separated by commas");

    private static string[] ProxyList(string? list) =>
        (list ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsProxy(string proxy) => proxy.Contains('/', StringComparison.Ordinal)
        ? IPNetwork.TryParse(proxy, out _)
        : IPAddress.TryParse(proxy, out _);
}
