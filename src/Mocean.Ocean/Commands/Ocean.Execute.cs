using Mocean.Ocean.Commands;

namespace Mocean.Ocean;

/// <summary>The one entry every host command comes through.</summary>
public sealed partial class OceanGame
{
    /// <summary>Runs one command: its value, or the refusal the engine gave (nothing thrown). What it did goes on the record.</summary>
    public Outcome<TResult> Execute<TResult>(GameCommand<TResult> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            var value = command.RunOn(this);
            RecordWhatHappened(command, value);
            return Outcome<TResult>.Done(value);
        }
        catch (OceanException refused)
        {
            RecordWhatHappened(null);
            return Outcome<TResult>.Refused(refused.Refusal);
        }
    }
}
