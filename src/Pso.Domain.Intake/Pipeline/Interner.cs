using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>Keeps one string per distinct value, found by span and numbered in the order first seen, so that repeated
/// cells are not allocated again and what is read from a value can be kept by its number. Values of up to eight
/// characters (most ids, codes and names of a few letters) are found in a table that holds their characters inline, so
/// that finding one reads no string; longer values are found through a dictionary.</summary>
internal sealed class Interner
{
    /// <summary>The symbol of an empty value.</summary>
    internal const int Empty = -1;

    /// <summary>The symbol of a value that found the table full (it is not kept).</summary>
    internal const int Full = -2;

    /// <summary>The most distinct values kept (some 20 MB of strings and table), so that a file of values that never
    /// repeat costs bounded memory; values beyond it are made afresh each time.</summary>
    private const int Most = 1 << 18;

    /// <summary>The longest value kept in the inline table.</summary>
    private const int ShortLength = 8;

    private readonly Dictionary<string, int> _symbols = new(StringComparer.Ordinal);
    private string[] _strings = new string[64];
    private int _count;

    // Open addressing, linear probing; a slot with length zero is free (empty values have no symbol).
    private Short[] _short;
    private int _shortCount;

    /// <summary>Initialises an empty table.</summary>
    /// <param name="shortSlots">The first size of the inline table (a power of two; it doubles when half full).</param>
    internal Interner(int shortSlots = 1024) => _short = new Short[shortSlots];

    /// <summary>Gets the text of a symbol.</summary>
    internal string this[int symbol] => _strings[symbol];

    /// <summary>Gets the symbol of a value, made the first time it is seen; <see cref="Full"/> when no more are
    /// kept.</summary>
    internal int Symbol(ReadOnlySpan<char> value)
    {
        if (value.Length is > 0 and <= ShortLength)
        {
            (ulong first, ulong last) = Pack(value);
            int mask = _short.Length - 1;
            int at = Place(first, last, value.Length, mask);
            while (_short[at].Length != 0)
            {
                ref Short slot = ref _short[at];
                if (slot.First == first && slot.Last == last && slot.Length == value.Length)
                {
                    return slot.Symbol;
                }
                at = (at + 1) & mask;
            }
            int made = Make(value);
            if (made >= 0)
            {
                _short[at] = new Short(first, last, value.Length, made);
                if (++_shortCount * 2 > _short.Length)
                {
                    GrowShort();
                }
            }
            return made;
        }
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = _symbols.GetAlternateLookup<
            ReadOnlySpan<char>
        >();
        if (lookup.TryGetValue(value, out int known))
        {
            return known;
        }
        int symbol = Make(value);
        if (symbol >= 0)
        {
            _symbols[_strings[symbol]] = symbol;
        }
        return symbol;
    }

    private int Make(ReadOnlySpan<char> value)
    {
        if (_count >= Most)
        {
            return Full;
        }
        if (_count == _strings.Length)
        {
            Array.Resize(ref _strings, 2 * _count);
        }
        _strings[_count] = value.ToString();
        return _count++;
    }

    /// <summary>Packs a value of one to eight characters into two words that, with its length, tell it apart from every
    /// other: the first four characters and the last four (overlapping when shorter than eight), or the characters
    /// themselves when fewer than four.</summary>
    private static (ulong First, ulong Last) Pack(ReadOnlySpan<char> value)
    {
        if (value.Length >= 4)
        {
            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<char, ulong>(value);
            return (words[0], MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(value[^4..])));
        }
        ulong packed = 0;
        foreach (char ch in value)
        {
            packed = (packed << 16) | ch;
        }
        return (packed, 0);
    }

    private static int Place(ulong first, ulong last, int length, int mask) =>
        unchecked(
            (int)(
                (
                    ((first * 0x9E3779B97F4A7C15UL) ^ (last * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length)
                    * 0x165667B19E3779F9UL
                ) >> 40
            )
        ) & mask;

    private void GrowShort()
    {
        Short[] old = _short;
        _short = new Short[old.Length * 2];
        int mask = _short.Length - 1;
        foreach (Short slot in old)
        {
            if (slot.Length != 0)
            {
                int at = Place(slot.First, slot.Last, slot.Length, mask);
                while (_short[at].Length != 0)
                {
                    at = (at + 1) & mask;
                }
                _short[at] = slot;
            }
        }
    }

    private readonly record struct Short(ulong First, ulong Last, int Length, int Symbol);
}
