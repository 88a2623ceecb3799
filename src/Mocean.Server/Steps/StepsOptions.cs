using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Mocean.Server.Steps;

/// <summary>Steps' setting: a teacher's own puzzle chain.</summary>
public sealed class StepsOptions
{
    [Display(Prompt = "FILE", Description = "A puzzle file of your own (JSON or YAML) for Steps.")]
    [DefaultValue("(the shipped Steps chain)")]
    public string? Puzzles { get; set; }
}
