using System.Net;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

/// <summary>ERDDAP's relative constraints: <c>now</c> read from the server's clock (moved here), and <c>min()</c>/<c>max()</c> of a variable.</summary>
public sealed class RelativeConstraintTests(RelativeConstraintTests.Server server) : IClassFixture<RelativeConstraintTests.Server>
{
    public sealed class Server : IAsyncLifetime
    {
        public MoceanFactory Factory { get; } = new();

        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));

        public HttpClient Client { get; private set; } = null!;

        /// <summary>
        /// Sets the server's clock to <paramref name="time"/>, earlier ones too (<see cref="FakeTimeProvider.AdjustTime"/>,
        /// as when a machine's clock is set): the tests share one server and run in any order.
        /// </summary>
        public void At(DateTimeOffset time) => Clock.AdjustTime(time);

        public Task InitializeAsync()
        {
            Client = Factory.CreateClient(Clock);
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var reply = await server.Client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    private static DateTimeOffset Utc(string time) => DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    [Fact]
    public async Task NowMinusOneDayIsTheDayBeforeTheServersClockRoundedUpToTheNextSecond()
    {
        server.At(Utc("2022-01-05T23:59:59.250Z"));

        var relative = await Get("/tabledap/osb_ctd_jan2022.csv?time,temperature&time>=now-1day&time<now");
        var fixedTimes = await Get("/tabledap/osb_ctd_jan2022.csv?time,temperature&time>=2022-01-05T00:00:00Z&time<2022-01-06T00:00:00Z");

        Assert.Equal(HttpStatusCode.OK, relative.Status);
        Assert.Equal(fixedTimes.Body, relative.Body);
        Assert.StartsWith("time,temperature\nUTC,degree_C\n2022-01-05T00:00:00Z,8.46122\n", relative.Body, StringComparison.Ordinal);
        Assert.Equal(2 + 1440, relative.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task MovingTheServersClockMovesTheWindow()
    {
        server.At(Utc("2022-01-05T00:01:59Z"));
        var first = await Get("/tabledap/osb_ctd_jan2022.csv0?time&time>=now-2minutes&time<now");
        server.At(Utc("2022-01-05T00:02:59Z"));
        var later = await Get("/tabledap/osb_ctd_jan2022.csv0?time&time>=now-2minutes&time<now");

        Assert.Equal("2022-01-05T00:00:00Z\n2022-01-05T00:01:00Z\n", first.Body);
        Assert.Equal("2022-01-05T00:01:00Z\n2022-01-05T00:02:00Z\n", later.Body);
    }

    [Theory]
    [InlineData("time>=now&time<now%2B2minutes")]
    [InlineData("time>=now&time<now+2minutes")]
    [InlineData("time>=now-0seconds&time<=now%2B1minute")]
    public async Task PlusIsEncodedOrArrivesAsASpace(string constraints)
    {
        server.At(Utc("2022-01-04T23:59:59Z"));

        var (status, body) = await Get("/tabledap/osb_ctd_jan2022.csv0?time&" + constraints);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2022-01-05T00:00:00Z\n2022-01-05T00:01:00Z\n", body);
    }

    [Fact]
    public async Task MonthsAndYearsFollowTheCalendar()
    {
        server.At(Utc("2022-03-31T23:59:59Z"));
        var months = await Get("/tabledap/osb_ctd_jan2022.csv0?time&time<=now-3months");
        server.At(Utc("2023-01-01T00:00:59Z"));
        var years = await Get("/tabledap/osb_ctd_jan2022.csv0?time&time<now-1year");

        Assert.Equal("2022-01-01T00:00:00Z\n", months.Body);
        Assert.Equal("2022-01-01T00:00:00Z\n", years.Body);
    }

    [Fact]
    public async Task MaxOfTimeMinusADayIsTheLastDayOfTheDataWhateverTheClock()
    {
        server.At(Utc("2030-06-01T00:00:00Z"));

        var (status, body) = await Get("/tabledap/osb_ctd_jan2022.csv0?time&time>max(time)-2minutes");
        var day = await Get("/tabledap/osb_ctd_jan2022.csv0?time&time>=max(time)-1day");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2022-01-31T23:59:00Z\n2022-02-01T00:00:00Z\n", body);
        Assert.Equal(1441, day.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("2022-01-31T00:00:00Z\n", day.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinAndMaxOfNumbersWithAnOffset()
    {
        var warmest = await Get("/tabledap/osb_ctd_jan2022.csv0?time,temperature&temperature>=max(temperature)");
        var shallow = await Get("/tabledap/osb_ctd_jan2022.csv0?depth&depth<=min(depth)%2B1&distinct()");
        var profiles = await Get("/tabledap/osb_profiles_jan2022.csv0?profile&profile>max(profile)-2");
        var everything = await Get("/tabledap/osb_ctd_jan2022.csv?time,temperature&time>=2022-01-01&orderByMax(\"temperature\")");

        Assert.Equal(everything.Body.Split('\n')[2] + "\n", warmest.Body);
        Assert.Equal("8\n9\n", shallow.Body);
        Assert.Equal("277\n278\n", profiles.Body);
    }

    [Theory]
    [InlineData("time>=now-7dayz", "Timestamp constraints with \\\"now\\\" must be in the form \\\"now(+|-)[positiveInteger](seconds|minutes|hours|days|months|years)\\\".  \\\"now-7dayz\\\" is invalid.")]
    [InlineData("time>=now-days", "\\\"now-days\\\" is invalid.")]
    [InlineData("time>=nowish", "\\\"nowish\\\" is invalid.")]
    [InlineData("time>=max(time)-1fortnight", "\\\"max(time)-1fortnight\\\" is invalid.")]
    [InlineData("time>=max(temperature)", "time: max(temperature) is not a time variable")]
    [InlineData("depth>=min(time)", "depth: min(time) is not a number variable")]
    [InlineData("depth>=max(depth)-x", "'max(depth)-x' is not max(depth) shifted by a number")]
    [InlineData("time>=max(nosuch)", "Unrecognized variable=\\\"nosuch\\\".")]
    public async Task AMalformedRelativeValueIsA400SayingWhatToSend(string constraint, string message)
    {
        var (status, body) = await Get("/tabledap/osb_ctd_jan2022.csv?time,depth&" + constraint);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, body, StringComparison.Ordinal);
    }
}
