using System;
using System.Diagnostics.CodeAnalysis;

namespace Pso.Domain;

/// <summary>The rules that every strongly typed id (<see cref="IEntityId{TSelf}"/>) follows.</summary>
public static class EntityIds
{
    /// <summary>The greatest number of characters in an id: 256.</summary>
    public const int MaxLength = 256;

    /// <summary>Says whether a text is a valid id and, if not, why.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="reason">Why the text is not valid; null when it is.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value, [NotNullWhen(false)] out string? reason)
    {
        if (value is null || value.Length == 0)
        {
            reason = "An id must not be empty.";
            return false;
        }
        if (value.Length > MaxLength)
        {
            reason = $"An id must not be longer than {MaxLength} characters; this one has {value.Length}.";
            return false;
        }
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            reason = "An id must not start or end with white space.";
            return false;
        }
        foreach (char c in value)
        {
            if (char.IsControl(c) || c == '\uFEFF')
            {
                // A byte-order mark inside a value is invisible: 'ann' and it followed by 'ann' would be two people.
                reason = $"An id must not contain control characters or a byte-order mark (found U+{(int)c:X4}).";
                return false;
            }
        }
        reason = null;
        return true;
    }

    /// <summary>Returns <paramref name="value"/> if it is a valid id; for the constructors of id types.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="paramName">The name of the constructor's parameter, for the exception.</param>
    /// <returns>The same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id; the message says
    /// why.</exception>
    public static string Validate(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return IsValid(value, out string? reason) ? value : throw new ArgumentException(reason, paramName);
    }

    /// <summary>Returns <paramref name="s"/> if it is a valid id; for the <c>Parse</c> methods of id types.</summary>
    /// <param name="s">The candidate text.</param>
    /// <param name="kind">What the id identifies, in words, such as <c>project id</c>.</param>
    /// <returns>The same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid id; the message says why.</exception>
    public static string ValidateText(string s, string kind)
    {
        ArgumentNullException.ThrowIfNull(s);
        return IsValid(s, out string? reason) ? s : throw new FormatException($"'{s}' is not a valid {kind}: {reason}");
    }
}
