using System.ComponentModel.DataAnnotations;

namespace Mocean.OceanHosting;

/// <summary>
/// The original club's V3.14 protocol for a class that trusts itself: ids 0, 1, 2... per ocean that anyone may
/// use, the original's replies and refusals where a program could depend on them (docs/teaching-with-mocean.md). The
/// player directory hands out the ids; the server's routes give the replies. One class reads both settings.
/// </summary>
public sealed class ClassicOptions
{
    [Display(Description = "The original club's protocol (V3.14) for its notebooks and clients: ids 0, 1, 2... that anyone may use, and the original's replies; only for a class that trusts each other.")]
    public bool Classic { get; set; }

    /// <summary>The older name of <see cref="Classic"/>, still accepted; the server says once in its log that it is an alias (the server's <c>ClassicAliasWarning</c>).</summary>
    [Display(Description = "The older name of --classic, still accepted (the log says so once).")]
    public bool SequentialIds { get; set; }

    /// <summary>True when classic mode is on, by its own name or the older one.</summary>
    public bool ClassicMode => Classic || SequentialIds;
}
