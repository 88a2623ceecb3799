namespace Mocean.Server.Protocol;

/// <summary>
/// The one line a 4xx reply explains itself with, as the request log shows it (the reply itself may be JSON or a
/// page). <see cref="ReplyWriter"/> notes it for every refusal it writes; <paramref name="Logged"/> marks a refusal
/// whose own log line is already written (an unknown route), so the request log does not repeat it.
/// </summary>
public sealed record RefusalLine(string Text, bool Logged = false)
{
    /// <summary>Notes <paramref name="text"/> as the request's refusal unless one is noted already.</summary>
    public static void Note(HttpContext context, string text)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<RefusalLine>() is null)
        {
            context.Features.Set(new RefusalLine(text));
        }
    }
}
