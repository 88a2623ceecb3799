using System.ComponentModel.DataAnnotations;
using Mocean.Operations.Settings;

namespace Mocean.Server.Research;

/// <summary>The data service's settings: the most rows a query returns, and whether data routes need an API key.</summary>
public sealed class DataServiceOptions
{
    [Display(Prompt = "N", Description = "The most rows one data query may return; a bigger query is refused with 413.")]
    [Range(typeof(long), "1", "9223372036854775807", ErrorMessage = SettingValues.Whole)]
    public long RowCap { get; set; } = 10_000_000;

    [Display(Description = "Data routes answer only requests with an API key (header X-Api-Key) made by the teacher.")]
    public bool RequireApiKeys { get; set; }
}
