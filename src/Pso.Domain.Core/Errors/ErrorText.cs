using System;
using System.Collections.Generic;

namespace Pso.Domain.Errors;

/// <summary>
/// Puts values from input into error messages without letting the input decide the message's size: a value is
/// quoted up to <see cref="MaxQuoted"/> characters and a list up to <see cref="MaxListed"/> members, each with the
/// count of what was left out. Every message of the packages quotes input through it, and so can a host's own rules.
///</summary>
public static class ErrorText
{
    /// <summary>The most characters of a value that a message quotes: 80.</summary>
    public const int MaxQuoted = 80;

    /// <summary>The most members of a list (the activities of a cycle, the columns of a header) that a message names:
    /// 8.</summary>
    public const int MaxListed = 8;

    /// <summary>Gets a value as a message quotes it: whole up to <see cref="MaxQuoted"/> characters, otherwise its
    /// start, an ellipsis and its length, such as <c>ABCD… (5,000,000 characters)</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, bounded.</returns>
    public static string Quote(ReadOnlySpan<char> value)
    {
        if (value.Length <= MaxQuoted)
        {
            return value.ToString();
        }
        int cut = MaxQuoted;
        if (char.IsHighSurrogate(value[cut - 1]))
        {
            // Never half a character.
            cut--;
        }
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{value[..cut]}… ({value.Length:N0} characters)"
        );
    }

    /// <summary>Gets a value as a message quotes it; see <see cref="Quote(ReadOnlySpan{char})"/>.</summary>
    /// <param name="value">The value; null gives an empty string.</param>
    /// <returns>The value, bounded.</returns>
    public static string Quote(string? value) => Quote(value.AsSpan());

    /// <summary>Gets a list as a message names it: its first <see cref="MaxListed"/> members, each quoted, joined by a
    /// separator, and the count of the rest, such as <c>A → B → C … and 99,997 more</c>.</summary>
    /// <param name="members">The members, in order.</param>
    /// <param name="separator">What goes between two members.</param>
    /// <returns>The list, bounded.</returns>
    public static string List(IEnumerable<string> members, string separator = ", ")
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(separator);
        var shown = new List<string>(MaxListed);
        long rest = 0;
        foreach (string member in members)
        {
            if (shown.Count < MaxListed)
            {
                shown.Add(Quote(member));
            }
            else
            {
                rest++;
            }
        }
        string listed = string.Join(separator, shown);
        return rest == 0
            ? listed
            : string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{listed}{separator}… and {rest:N0} more"
            );
    }
}
