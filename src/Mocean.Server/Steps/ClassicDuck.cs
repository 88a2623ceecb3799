using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Steps;

/// <summary>
/// The Duck's replies in classic mode where a program written for the original could depend on them: its end
/// lines, and its <c>awry</c> line for a location that is not three parts (with the counts of white-space
/// separated words in location and destination, as the original counted them). A destination that is not
/// two parts means sitting still, as it did there.
/// </summary>
public static partial class ClassicDuck
{
    public const string Lunch = "Wolf has lunch";

    public const string FliesAway = "Duck flies away! (you win)";

    public static bool IsOn(TextRequest request) =>
        request.Context.RequestServices.GetRequiredService<IOptions<ClassicOptions>>().Value.ClassicMode;

    /// <summary>The original's <c>awry: N   M</c> reply when the location is not three parts; null when it is.</summary>
    public static Reply? Awry(string? location, string? destination)
    {
        if (Parts().Split(location ?? string.Empty).Length == 3)
        {
            return null;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"awry: {Words(location)}   {Words(destination)}");
        return Reply.Ok(line, new { Awry = line });
    }

    /// <summary>True when the destination is two parts (else the original let the duck sit still).</summary>
    public static bool IsDestination(string destination) => Parts().Split(destination).Length == 2;

    private static int Words(string? text) => (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex("[,;]")]
    private static partial Regex Parts();
}
