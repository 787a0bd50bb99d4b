using System;

namespace Pso.Domain.Intake.Storage;

/// <summary>
/// The set of stable keys a run has seen. The keys are already uniform 128-bit hashes, so a key's low bits place it
/// in a flat table (open addressing, linear probing) without another hash and without an object per key: sixteen bytes
/// a slot, at most three quarters full.
///</summary>
internal sealed class KeySet
{
    private UInt128[] _slots;
    private int _mask;
    private bool _hasZero;

    /// <summary>Initialises an empty set.</summary>
    /// <param name="expected">The keys it is expected to hold (a guess): the table starts with room for them, so
    /// that it need not grow on the way.</param>
    internal KeySet(int expected = 0)
    {
        int slots = 1 << 12;
        while (slots < 1 << 30 && slots * 3L < expected * 4L)
        {
            slots *= 2;
        }
        _slots = new UInt128[slots];
        _mask = slots - 1;
    }

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
        ref UInt128 slot = ref Slot(_slots, _mask, value);
        if (slot == value)
        {
            return false;
        }
        slot = value;
        Count++;
        return true;
    }

    /// <summary>Starts fetching the slot where a key's search begins into the cache (where the processor can), so that
    /// a later <see cref="Add"/> or <see cref="Contains"/> of it does not wait on memory.</summary>
    internal void Prefetch(IntakeKey key) => CacheLine.Prefetch(ref _slots[unchecked((int)(ulong)key.Value) & _mask]);

    /// <summary>Says whether a key is in the set.</summary>
    internal bool Contains(IntakeKey key) =>
        key.Value == UInt128.Zero ? _hasZero : Slot(_slots, _mask, key.Value) == key.Value;

    /// <summary>Finds a value's slot: the one holding it, or the empty one where it goes (linear probing from its low
    /// bits).</summary>
    private static ref UInt128 Slot(UInt128[] slots, int mask, UInt128 value)
    {
        int at = unchecked((int)(ulong)value) & mask;
        while (slots[at] != value && slots[at] != UInt128.Zero)
        {
            at = (at + 1) & mask;
        }
        return ref slots[at];
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
                Slot(_slots, _mask, value) = value;
            }
        }
    }
}
