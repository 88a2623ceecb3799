using Microsoft.Extensions.Options;
using Mocean.Server.Hosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>Classic mode at the ocean's routes: whether it is on, and its ids on the wire.</summary>
public static class ClassicRoutes
{
    public static bool IsOn(TextRequest request) =>
        request.Context.RequestServices.GetRequiredService<IOptions<MoceanOptions>>().Value.ClassicMode;
}
