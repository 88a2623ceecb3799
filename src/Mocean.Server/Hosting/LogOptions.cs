using System.ComponentModel.DataAnnotations;

namespace Mocean.Server.Hosting;

/// <summary>What the log shows: the least level of a line, and whether every request is a line at the default level.</summary>
public sealed class LogOptions
{
    [Display(Prompt = "LEVEL", Description = "How much the log shows: Debug adds one line per request; Warning shows only problems.")]
    [EnumDataType(typeof(LogLevel), ErrorMessage = "one of Trace, Debug, Information, Warning, Error, Critical, None")]
    public LogLevel LogLevel { get; set; } = LogLevel.Information;

    [Display(Description = "Log every request at Information (so it shows at the default log level).")]
    public bool LogRequests { get; set; }
}
