using System;

namespace Pso.Domain.Intake;

/// <summary>
/// The set of stable keys a run has seen. The keys are already uniform 128-bit hashes, so a key's low bits place it
/// in a flat table (open addressing, linear probing) without another hash and without an object per key: sixteen bytes
/// a slot, at most three quarters full.
/// </summary>
internal sealed class KeySet
{
    private UInt128[] _slots = new UInt128[1 << 12];
    private int _mask = (1 << 12) - 1;
    private bool _hasZero;

    /// <summary>Gets the number of keys.</summary>
    internal int Count { get; private set; }

    /// <summary>Adds a key; false when it was there already.</summary>
    internal bool Add(IntakeKey key)
    {
        UInt128 value = key.Value;
        if (value == UInt128.Zero)
        {
            // Zero marks an empty slot, so the key zero is kept aside.
            bool added = !_hasZero;
            _hasZero = true;
            Count += added ? 1 : 0;
            return added;
        }
        if ((Count + 1) * 4L > _slots.Length * 3L)
        {
            Grow();
        }
        int at = unchecked((int)(ulong)value) & _mask;
        while (true)
        {
            UInt128 slot = _slots[at];
            if (slot == UInt128.Zero)
            {
                _slots[at] = value;
                Count++;
                return true;
            }
            if (slot == value)
            {
                return false;
            }
            at = (at + 1) & _mask;
        }
    }

    /// <summary>Says whether a key is in the set.</summary>
    internal bool Contains(IntakeKey key)
    {
        UInt128 value = key.Value;
        if (value == UInt128.Zero)
        {
            return _hasZero;
        }
        int at = unchecked((int)(ulong)value) & _mask;
        while (true)
        {
            UInt128 slot = _slots[at];
            if (slot == value)
            {
                return true;
            }
            if (slot == UInt128.Zero)
            {
                return false;
            }
            at = (at + 1) & _mask;
        }
    }

    private void Grow()
    {
        UInt128[] old = _slots;
        _slots = new UInt128[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (UInt128 value in old)
        {
            if (value != UInt128.Zero)
            {
                int at = unchecked((int)(ulong)value) & _mask;
                while (_slots[at] != UInt128.Zero)
                {
                    at = (at + 1) & _mask;
                }
                _slots[at] = value;
            }
        }
    }
}
