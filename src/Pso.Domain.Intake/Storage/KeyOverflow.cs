using System;
using System.Runtime.InteropServices;

namespace Pso.Domain.Intake.Storage;

/// <summary>
/// The keys of a streaming run once its key set has reached its budget (<see cref="IntakeOptions.KeysInMemory"/>),
/// so that memory stays bounded whatever the file's length: each key goes, with the row's index, day and hours, to one
/// of 64 temporary files chosen by its high bits; once every row is read, each file in turn is read back into a key
/// set of its own, and a key met again there is a duplicate.
/// </summary>
internal sealed class KeyOverflow : IDisposable
{
    private const int RecordBytes = 48;
    private readonly PartitionedFiles _files = new(64, RecordBytes);

    /// <summary>Keeps the key of a row passed on to the spill file, with its index there, its day key and its
    /// hours.</summary>
    internal void Add(IntakeKey key, long index, long day, Work hours)
    {
        Span<byte> record = _files.Next((int)(key.Value >> 122));
        UInt128 value = key.Value;
        MemoryMarshal.Write(record, in value);
        MemoryMarshal.Write(record[16..], in index);
        MemoryMarshal.Write(record[24..], in day);
        long ticks = hours.ToDuration().BclCompatibleTicks;
        MemoryMarshal.Write(record[32..], in ticks);
    }

    /// <summary>Finds the repeats among the keys kept: in each file, in file order, a key met before is a duplicate,
    /// handed to <paramref name="duplicate"/> with its index, day key and hours.</summary>
    internal void Resolve(Action<long, long, Work> duplicate)
    {
        for (int partition = 0; partition < _files.Count; partition++)
        {
            var seen = new KeySet();
            _files.ReadBack(partition, record =>
            {
                if (!seen.Add(new IntakeKey(MemoryMarshal.Read<UInt128>(record))))
                {
                    duplicate(
                        MemoryMarshal.Read<long>(record[16..]),
                        MemoryMarshal.Read<long>(record[24..]),
                        Work.FromDuration(NodaTime.Duration.FromTicks(MemoryMarshal.Read<long>(record[32..])))
                    );
                }
            });
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _files.Dispose();
}
