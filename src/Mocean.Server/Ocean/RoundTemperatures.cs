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
    public static IReadOnlyList<TemperatureSample> Read(DataService data, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Find(TeachingApi.Series) is not { } stored)
        {
            return [];
        }

        using var result = data.Store.Query(
            $"SELECT time, temperature FROM \"{stored.Descriptor.TableName}\" WHERE temperature IS NOT NULL AND isfinite(temperature) AND date_trunc('minute', time) = time ORDER BY time",
            [], cancel);
        var reader = result.Reader;
        var samples = new List<TemperatureSample>();
        while (reader.Read())
        {
            var time = DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc);
            samples.Add(new TemperatureSample(new DateTimeOffset(time), reader.GetDouble(1)));
        }

        return samples;
    }
}
