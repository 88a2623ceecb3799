using Mocean.Ocean.Rounds;
using Mocean.Research;
using Mocean.Server.Research;

namespace Mocean.Server.Ocean;

/// <summary>
/// The research data a round's <c>measure</c> tasks are answered from: every whole minute of the sensor series
/// (<c>osb_ctd_jan2022</c>, the data set <c>/api/sensors</c> answers from) with a temperature, as the engine takes them.
/// Empty when that data set is not published, so no <c>measure</c> task is dealt.
/// </summary>
public static class RoundTemperatures
{
    public static async Task<IReadOnlyList<TemperatureSample>> ReadAsync(DataService data, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Find(TeachingApi.Series) is not { } stored)
        {
            return [];
        }

        var minutes = await data.Teaching.MinuteTemperaturesAsync(stored, cancel).ConfigureAwait(false);
        return [.. minutes.Select(minute => new TemperatureSample(minute.Time, minute.Celsius))];
    }
}
