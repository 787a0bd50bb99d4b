using System;
using System.Globalization;

namespace Pso.Domain.Intake;

/// <summary>
/// The stable key of a row: a 128-bit XxHash of the row's identity (its id in its source, or the fields that make it
/// the same record), the same on every machine and in every run, so that keys kept from one run make the next run's
/// repeats duplicates. Sixteen bytes and no object per row, whatever the source.
/// </summary>
/// <param name="Value">The hash.</param>
public readonly record struct IntakeKey(UInt128 Value)
{
    /// <summary>Reads a key written by <see cref="ToString"/>.</summary>
    /// <param name="text">32 hexadecimal digits.</param>
    /// <param name="key">The key, when read.</param>
    /// <returns>Whether the text is a key.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out IntakeKey key)
    {
        UInt128 value = default;
        bool read =
            text.Length == 32
            && UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        key = read ? new IntakeKey(value) : default;
        return read;
    }

    /// <summary>Gets the key as 32 hexadecimal digits, to store between runs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("x32", CultureInfo.InvariantCulture);
}
