namespace Mocean.Client;

/// <summary>A reply of the server with the measured round trip of the request that fetched it.</summary>
public abstract record Timed
{
    /// <summary>From sending the request to having read the whole reply.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>A route's reply as text: what a browser would show, its status and the round trip.</summary>
public sealed record TextReply(int Status, string Text) : Timed;
