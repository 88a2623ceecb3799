namespace Mocean.Server.Protocol;

/// <summary>
/// What a text route answers: the plain text a student reads, and optionally the same content
/// with named fields for <c>format=json</c>. Rendering (text, browser HTML, JSON) happens once,
/// in <see cref="ReplyWriter"/>, for every route.
/// </summary>
/// <param name="Text">The plain-text reply, exactly as the protocol fixes it.</param>
/// <param name="Json">The named fields for <c>format=json</c>; when null the JSON is <c>{"reply": Text}</c>.</param>
/// <param name="Status">The HTTP status (200 also for "the game says no").</param>
public sealed record Reply(string Text, object? Json = null, int Status = StatusCodes.Status200OK)
{
    /// <summary>True when this reply is a refusal (4xx): JSON then is <c>{"error": Text}</c>.</summary>
    public bool IsError => Status >= 400;

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>False when the text carries words other people wrote (a chat line): its browser page then links nothing.</summary>
    public bool Linked { get; init; } = true;

    public static Reply Ok(string text, object? json = null) => new(text, json);

    public static Reply Error(int status, string message) => new(message, null, status);
}
