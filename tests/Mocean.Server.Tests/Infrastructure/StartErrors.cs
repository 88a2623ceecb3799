using System.Collections.Concurrent;
using System.Text;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>
/// What in-process servers wrote on standard error (where the server says in one line why it could not start),
/// kept beside the real standard error so that a test host that stopped as it started can say why.
/// </summary>
public static class StartErrors
{
    private static readonly ConcurrentQueue<string> Recent = new();
    private static int installed;

    /// <summary>Puts the tee in front of standard error, once per test process.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 0)
        {
            Console.SetError(TextWriter.Synchronized(new Tee(Console.Error)));
        }
    }

    /// <summary>The last lines written on standard error by any server of this process.</summary>
    public static string Last(int count = 10) => string.Join(" | ", Recent.Reverse().Take(count).Reverse());

    private sealed class Tee(TextWriter inner) : TextWriter
    {
        private readonly StringBuilder line = new();

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            inner.Write(value);
            if (value == '\n')
            {
                Recent.Enqueue(line.ToString());
                line.Clear();
                while (Recent.Count > 50 && Recent.TryDequeue(out _))
                {
                }
            }
            else if (value != '\r')
            {
                line.Append(value);
            }
        }

        public override void Flush() => inner.Flush();
    }
}
