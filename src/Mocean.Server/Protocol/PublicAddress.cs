using System.Net;
using Microsoft.Extensions.Options;

namespace Mocean.Server.Protocol;

/// <summary>
/// The address shown in replies' URLs. The request's <c>Host</c> is shown only when it names where the request
/// arrived (<c>localhost</c>, or the very address and port it reached) or the configured <c>--public-url</c>;
/// any other (<c>Host: evil.example</c>) is never echoed: then the public URL is shown, or else the address
/// and port the request reached.
/// </summary>
public static class PublicAddress
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var configured = context.RequestServices.GetService<IOptions<PublicAddressOptions>>()?.Value.PublicUrl is { Length: > 0 } url
            && Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;
        if (request.Host.HasValue && (Answers(context, request.Host) || IsConfigured(request.Host, configured)))
        {
            return $"{request.Scheme}://{request.Host.Value}";
        }

        if (configured is not null)
        {
            return configured.GetLeftPart(UriPartial.Authority);
        }

        var local = context.Connection.LocalIpAddress;
        return local is null
            ? $"{request.Scheme}://localhost"
            : $"{request.Scheme}://{(local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local)}:{context.Connection.LocalPort}".Replace("://::", "://[::", StringComparison.Ordinal);
    }

    /// <summary>True when the host is where this request arrived: localhost, or the local address and port of the connection.</summary>
    private static bool Answers(HttpContext context, HostString host)
    {
        var local = context.Connection.LocalIpAddress;
        var portMatches = host.Port is null ? context.Connection.LocalPort is 0 or 80 : host.Port == context.Connection.LocalPort || context.Connection.LocalPort == 0;
        if (string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return portMatches;
        }

        return local is not null && IPAddress.TryParse(host.Host.Trim('[', ']'), out var named) && portMatches
            && (named.Equals(local) || (local.IsIPv4MappedToIPv6 && named.Equals(local.MapToIPv4())));
    }

    private static bool IsConfigured(HostString host, Uri? configured) =>
        configured is not null && string.Equals(host.Value, configured.Authority, StringComparison.OrdinalIgnoreCase);
}
