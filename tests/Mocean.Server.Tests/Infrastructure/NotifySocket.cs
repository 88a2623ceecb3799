using System.Net.Sockets;
using System.Text;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>The datagram socket systemd listens on for a <c>Type=notify</c> service (<c>NOTIFY_SOCKET</c>), owned by a test.</summary>
public sealed class NotifySocket : IDisposable
{
    private readonly Socket socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly List<string> messages = [];
    private readonly CancellationTokenSource stop = new();

    public NotifySocket()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mocean-notify-" + Guid.NewGuid().ToString("N")[..12]);
        socket.Bind(new UnixDomainSocketEndPoint(Path));
        _ = Task.Run(ReceiveAllAsync);
    }

    public string Path { get; }

    /// <summary>Every datagram received so far, in order.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (messages)
            {
                return [.. messages];
            }
        }
    }

    /// <summary>Waits until a datagram with the line (e.g. <c>READY=1</c>) arrives; false after the limit.</summary>
    public async Task<bool> WaitForAsync(string line, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (Messages.Any(message => message.Split('\n').Contains(line)))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    public void Dispose()
    {
        stop.Cancel();
        socket.Dispose();
        File.Delete(Path);
        stop.Dispose();
    }

    private async Task ReceiveAllAsync()
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var count = await socket.ReceiveAsync(buffer, SocketFlags.None, stop.Token);
                lock (messages)
                {
                    messages.Add(Encoding.UTF8.GetString(buffer, 0, count));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SocketException)
        {
        }
    }
}
