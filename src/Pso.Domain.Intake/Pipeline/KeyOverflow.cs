using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace Pso.Domain.Intake;

/// <summary>
/// The keys of a streaming run once its key set has reached its budget (<see cref="IntakeOptions.KeysInMemory"/>),
/// so that memory stays bounded whatever the file's length: each key goes, with the row's index, day and hours, to one
/// of 64 temporary files chosen by its high bits; once every row is read, each file in turn is read back into a key
/// set of its own, and a key met again there is a duplicate. Files are deleted when closed.
/// </summary>
internal sealed class KeyOverflow : IDisposable
{
    private const int Partitions = 64;
    private const int RecordBytes = 48;
    private readonly FileStream?[] _files = new FileStream?[Partitions];
    private readonly byte[]?[] _buffers = new byte[]?[Partitions];
    private readonly int[] _used = new int[Partitions];

    /// <summary>Keeps the key of a row passed on to the spill file, with its index there, its day key and its hours.</summary>
    internal void Add(IntakeKey key, long index, long day, decimal hours)
    {
        int partition = (int)(key.Value >> 122);
        byte[] buffer = _buffers[partition] ??= new byte[RecordBytes * 1024];
        if (_used[partition] + RecordBytes > buffer.Length)
        {
            Flush(partition);
        }
        Span<byte> record = buffer.AsSpan(_used[partition], RecordBytes);
        UInt128 value = key.Value;
        MemoryMarshal.Write(record, in value);
        MemoryMarshal.Write(record[16..], in index);
        MemoryMarshal.Write(record[24..], in day);
        MemoryMarshal.Write(record[32..], in hours);
        _used[partition] += RecordBytes;
    }

    /// <summary>Finds the repeats among the keys kept: in each file, in file order, a key met before is a duplicate,
    /// handed to <paramref name="duplicate"/> with its index, day key and hours.</summary>
    internal void Resolve(Action<long, long, decimal> duplicate)
    {
        for (int partition = 0; partition < Partitions; partition++)
        {
            if (_buffers[partition] is not byte[] buffer)
            {
                continue;
            }
            var seen = new KeySet();
            if (_files[partition] is FileStream file)
            {
                Flush(partition);
                file.Position = 0;
                int got;
                while ((got = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
                {
                    Take(buffer.AsSpan(0, got), seen, duplicate);
                }
            }
            else
            {
                Take(buffer.AsSpan(0, _used[partition]), seen, duplicate);
            }
            _buffers[partition] = null;
            _files[partition]?.Dispose();
            _files[partition] = null;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (FileStream? file in _files)
        {
            file?.Dispose();
        }
    }

    private static void Take(ReadOnlySpan<byte> records, KeySet seen, Action<long, long, decimal> duplicate)
    {
        for (int at = 0; at + RecordBytes <= records.Length; at += RecordBytes)
        {
            ReadOnlySpan<byte> record = records.Slice(at, RecordBytes);
            if (!seen.Add(new IntakeKey(MemoryMarshal.Read<UInt128>(record))))
            {
                duplicate(MemoryMarshal.Read<long>(record[16..]), MemoryMarshal.Read<long>(record[24..]), MemoryMarshal.Read<decimal>(record[32..]));
            }
        }
    }

    private void Flush(int partition)
    {
        FileStream file = _files[partition] ??= new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        file.Write(_buffers[partition]!, 0, _used[partition]);
        _used[partition] = 0;
    }
}

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
