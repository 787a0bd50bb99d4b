using System;
using System.IO;

namespace Pso.Domain.Intake.Storage;

/// <summary>
/// Fixed-size records kept in a number of temporary files (deleted when closed), each written through a buffer of its
/// own and read back in the order written: the memory of a run that has more facts than it keeps in memory.
/// </summary>
internal sealed class PartitionedFiles(int partitions, int recordBytes) : IDisposable
{
    private const int RecordsBuffered = 1024;
    private readonly FileStream?[] _files = new FileStream?[partitions];
    private readonly byte[]?[] _buffers = new byte[]?[partitions];
    private readonly int[] _used = new int[partitions];

    /// <summary>Reads one record.</summary>
    internal delegate void RecordReader(ReadOnlySpan<byte> record);

    /// <summary>Gets the number of partitions.</summary>
    internal int Count => partitions;

    /// <summary>Gets the place of the next record of a partition, to be filled at once.</summary>
    internal Span<byte> Next(int partition)
    {
        byte[] buffer = _buffers[partition] ??= new byte[recordBytes * RecordsBuffered];
        if (_used[partition] + recordBytes > buffer.Length)
        {
            FileStream file = _files[partition] ??= new FileStream(
                Path.GetTempFileName(),
                FileMode.Create,
                FileAccess.ReadWrite,
                FileShare.None,
                1,
                FileOptions.DeleteOnClose
            );
            file.Write(buffer, 0, _used[partition]);
            _used[partition] = 0;
        }
        Span<byte> record = buffer.AsSpan(_used[partition], recordBytes);
        _used[partition] += recordBytes;
        return record;
    }

    /// <summary>Reads a partition's records back in the order written, then lets the partition go.</summary>
    internal void ReadBack(int partition, RecordReader read)
    {
        if (_buffers[partition] is not byte[] buffer)
        {
            return;
        }
        if (_files[partition] is FileStream file)
        {
            file.Write(buffer, 0, _used[partition]);
            file.Position = 0;
            int got;
            while ((got = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
            {
                Each(buffer.AsSpan(0, got), read);
            }
            file.Dispose();
            _files[partition] = null;
        }
        else
        {
            Each(buffer.AsSpan(0, _used[partition]), read);
        }
        _buffers[partition] = null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (FileStream? file in _files)
        {
            file?.Dispose();
        }
    }

    private void Each(ReadOnlySpan<byte> records, RecordReader read)
    {
        for (int at = 0; at + recordBytes <= records.Length; at += recordBytes)
        {
            read(records.Slice(at, recordBytes));
        }
    }
}
