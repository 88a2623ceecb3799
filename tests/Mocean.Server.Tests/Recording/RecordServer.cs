using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Recording;

/// <summary>
/// One server for the tests of the game record, its clock moved by hand and only ever forward: each test plays in an ocean
/// of its own, and one that reads times on a day of its own (<see cref="NextDay"/>), so what one recorded is never in
/// another's replay or window.
/// </summary>
public sealed class RecordServer : IAsyncLifetime
{
    /// <summary>The time of day each test's round starts.</summary>
    public static readonly TimeSpan RoundStart = new(15, 9, 26);

    private readonly MoceanFactory factory = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(new DateTime(2026, 3, 13) + RoundStart, TimeSpan.Zero));

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = factory.CreateClient(Clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>Moves the clock on to <see cref="RoundStart"/> of the next day (the first is 2026-03-14) and returns that time.</summary>
    public DateTimeOffset NextDay()
    {
        var next = new DateTimeOffset(Clock.GetUtcNow().UtcDateTime.Date.AddDays(1) + RoundStart, TimeSpan.Zero);
        Clock.SetUtcNow(next);
        return next;
    }
}
