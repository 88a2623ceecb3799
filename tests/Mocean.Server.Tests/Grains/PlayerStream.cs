using System.Collections.Concurrent;
using System.Net;

namespace Mocean.Server.Tests.Grains;

/// <summary>One name of the stream in one ocean, and the id the stream holds for it now (null when none).</summary>
public sealed class StreamSlot(string ocean, string name)
{
    public string Ocean { get; } = ocean;

    public string Name { get; } = name;

    public string? Id { get; set; }
}

/// <summary>
/// One client of a stream of players: joins, moves and quits among its own names (no other client uses them)
/// until the server goes away. Every reply must agree with what it holds: a 404 for an id it holds, a 409 for a
/// name it does not hold, or an id handed out before is a fault. A request the kill cuts off ends the client.
/// </summary>
public sealed class PlayerStream(HttpClient http, IReadOnlyList<StreamSlot> slots, Random random, ConcurrentQueue<string> faults, ConcurrentDictionary<string, byte> handedOut)
{
    public int Requests { get; private set; }

    public async Task RunAsync(string baseUrl, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var slot = slots[random.Next(slots.Count)];
            try
            {
                await (slot.Id is null ? JoinAsync(baseUrl, slot)
                    : random.Next(4) == 0 ? QuitAsync(baseUrl, slot)
                    : MoveAsync(baseUrl, slot));
                Requests++;
            }
            catch (Exception cut) when (cut is HttpRequestException or TaskCanceledException)
            {
                return;
            }
        }
    }

    private async Task JoinAsync(string baseUrl, StreamSlot slot)
    {
        var (status, text) = await GetAsync($"{baseUrl}/join?name={slot.Name}&ocean={slot.Ocean}");
        if (status != HttpStatusCode.OK)
        {
            faults.Enqueue($"join of the free name {slot.Name} in {slot.Ocean}: {(int)status} {text}");
            return;
        }

        if (!handedOut.TryAdd(text, 0))
        {
            faults.Enqueue($"join of {slot.Name} got the id {text}, which was handed out before");
        }

        slot.Id = text;
    }

    private async Task QuitAsync(string baseUrl, StreamSlot slot)
    {
        var (status, text) = await GetAsync($"{baseUrl}/quit?id={slot.Id}");
        if ((status, text) != (HttpStatusCode.OK, $"goodbye {slot.Name}: your name is free again"))
        {
            faults.Enqueue($"quit of {slot.Name} ({slot.Id}) in {slot.Ocean}: {(int)status} {text}");
        }

        slot.Id = null;
    }

    private async Task MoveAsync(string baseUrl, StreamSlot slot)
    {
        var route = random.Next(3) switch { 0 => "accel", 1 => "stop", _ => "location" };
        var ctrl = route == "accel" ? $"&ctrl={"wasd"[random.Next(4)]}" : "";
        var (status, text) = await GetAsync($"{baseUrl}/{route}?id={slot.Id}{ctrl}");
        if (status != HttpStatusCode.OK)
        {
            faults.Enqueue($"{route} of {slot.Name} ({slot.Id}) in {slot.Ocean}: {(int)status} {text}");
        }
    }

    private async Task<(HttpStatusCode Status, string Text)> GetAsync(string url)
    {
        using var reply = await http.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }
}
