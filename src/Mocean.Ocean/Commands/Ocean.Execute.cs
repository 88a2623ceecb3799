using Mocean.Ocean.Commands;

namespace Mocean.Ocean;

/// <summary>The one entry every host command comes through.</summary>
public sealed partial class Ocean
{
    /// <summary>Runs one command: its value, or the refusal the engine gave (nothing thrown).</summary>
    public Outcome<TResult> Execute<TResult>(GameCommand<TResult> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return Outcome<TResult>.Done(command.RunOn(this));
        }
        catch (OceanException refused)
        {
            return Outcome<TResult>.Refused(refused.Refusal);
        }
    }
}
