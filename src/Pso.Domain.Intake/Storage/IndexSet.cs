using System;

namespace Pso.Domain.Intake.Storage;

/// <summary>A set of row indices, one bit each.</summary>
internal sealed class IndexSet
{
    private ulong[] _bits = new ulong[1024];

    /// <summary>Adds an index.</summary>
    internal void Add(long index)
    {
        long word = index >> 6;
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, (int)Math.Max(word + 1, 2L * _bits.Length));
        }
        _bits[word] |= 1UL << (int)(index & 63);
    }

    /// <summary>Says whether an index is in the set.</summary>
    internal bool Contains(long index)
    {
        long word = index >> 6;
        return word < _bits.Length && (_bits[word] & (1UL << (int)(index & 63))) != 0;
    }
}
