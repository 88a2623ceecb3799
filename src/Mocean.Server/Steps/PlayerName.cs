using Mocean.Server.Protocol;

namespace Mocean.Server.Steps;

/// <summary>The optional <c>name=</c> every Steps route takes: a player's chosen name, short and printable.</summary>
public static class PlayerName
{
    public const int MaxLength = 32;

    /// <summary>The name sent, or null when none (or an empty one) was sent; a 400 when it cannot be a name.</summary>
    public static string? Read(GameQuery query)
    {
        var name = query.Optional("name");
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (name.Length > MaxLength || !name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'))
        {
            throw ProtocolException.BadRequest(
                $"'name' must be 1 to {MaxLength} letters, digits, spaces, '-', '_' or '.', like name=ada");
        }

        return name;
    }
}
