using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using NodaTime;
using Pso.Domain.Costs;

namespace Pso.Domain.Intake;

/// <summary>
/// The temporary file a streaming run keeps its passed time entries in until the rules across rows are done: each
/// entry as its line, numbers for its ids (each distinct id kept once, in memory), its
/// day, hours, id, overtime flag, key, clock times and its text (UTF-16, as it was). Written and read back through one buffer, without a string per
/// field; the file is deleted when closed.
/// </summary>
internal sealed class TimeEntrySpill : IDisposable
{
    private readonly FileStream _file = new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
    // Numbered by the string instance: a row's ids are the reader's interned strings, so equal ids are mostly the same
    // instance and the lookup hashes no text; an equal string in another instance just gets a number of its own.
    private readonly Dictionary<string, int> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _names = [];
    private byte[] _buffer = new byte[1 << 20];
    private int _used;
    private int _read;

    /// <summary>Gets how many entries were written.</summary>
    internal long Count { get; private set; }

    /// <summary>Writes an entry.</summary>
    internal void Write(TimeEntry entry, int line, ReadOnlySpan<char> text, IntakeKey key, (LocalDateTime From, LocalDateTime To)? span)
    {
        string? id = entry.Id;
        Ensure(80 + (2 * text.Length) + (2 * (id?.Length ?? 0)));
        Put(line);
        Put(Number(entry.Resource.Value));
        Put(Number(entry.Project.Value));
        Put(entry.Activity is ActivityId a ? Number(a.Value) : -1);
        Put(entry.Role is RoleId r ? Number(r.Value) : -1);
        Put(entry.Account is CostAccountId c ? Number(c.Value) : -1);
        Put(entry.Date.ToDateOnly().DayNumber);
        Put(entry.Hours.Hours);
        if (id is null)
        {
            Put(-1);
        }
        else
        {
            Put(id.AsSpan());
        }
        Put(entry.Overtime ? 1 : 0);
        Put(key.Value);
        Put(span is null ? 0 : 1);
        if (span is { } s)
        {
            Put(s.From.ToDateTimeUnspecified().Ticks);
            Put(s.To.ToDateTimeUnspecified().Ticks);
        }
        Put(text);
        Count++;
    }

    /// <summary>Finishes writing and goes back to the first entry.</summary>
    internal void Rewind()
    {
        _file.Write(_buffer, 0, _used);
        _file.Position = 0;
        _used = 0;
        _read = 0;
    }

    /// <summary>Reads the next entry; its text follows (<see cref="ReadText"/>).</summary>
    internal (TimeEntry Entry, int Line, IntakeKey Key) Read()
    {
        int line = Take<int>();
        var resource = new ResourceId(_names[Take<int>()]);
        var project = new ProjectId(_names[Take<int>()]);
        int activity = Take<int>(), role = Take<int>(), account = Take<int>();
        LocalDate date = LocalDate.FromDateOnly(DateOnly.FromDayNumber(Take<int>()));
        decimal hours = Take<decimal>();
        int idLength = Take<int>();
        string? id = idLength < 0 ? null : TakeText(idLength);
        bool overtime = Take<int>() == 1;
        var key = new IntakeKey(Take<UInt128>());
        if (Take<int>() == 1)
        {
            _ = Take<long>();
            _ = Take<long>();
        }
        var entry = new TimeEntry(resource, project, date, Work.FromHours(hours))
        {
            Id = id,
            Activity = activity < 0 ? null : new ActivityId(_names[activity]),
            Role = role < 0 ? null : new RoleId(_names[role]),
            Account = account < 0 ? null : new CostAccountId(_names[account]),
            Overtime = overtime,
        };
        return (entry, line, key);
    }

    /// <summary>Reads the text of the entry just read, or skips it.</summary>
    internal string? ReadText(bool keep)
    {
        int length = Take<int>();
        if (keep)
        {
            return TakeText(length);
        }
        Need(2 * length);
        _read += 2 * length;
        return null;
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();

    private int Number(string name)
    {
        if (!_numbers.TryGetValue(name, out int number))
        {
            _numbers[name] = number = _names.Count;
            _names.Add(name);
        }
        return number;
    }

    private void Ensure(int bytes)
    {
        if (_used + bytes > _buffer.Length)
        {
            _file.Write(_buffer, 0, _used);
            _used = 0;
            if (bytes > _buffer.Length)
            {
                _buffer = new byte[bytes];
            }
        }
    }

    private void Put<TValue>(TValue value) where TValue : unmanaged
    {
        MemoryMarshal.Write(_buffer.AsSpan(_used), in value);
        _used += System.Runtime.CompilerServices.Unsafe.SizeOf<TValue>();
    }

    private void Put(ReadOnlySpan<char> text)
    {
        Put(text.Length);
        MemoryMarshal.AsBytes(text).CopyTo(_buffer.AsSpan(_used));
        _used += 2 * text.Length;
    }

    /// <summary>Makes sure the next bytes are in the buffer.</summary>
    private void Need(int bytes)
    {
        if (_read + bytes <= _used)
        {
            return;
        }
        int left = _used - _read;
        if (bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, bytes);
        }
        Array.Copy(_buffer, _read, _buffer, 0, left);
        _used = left;
        _read = 0;
        while (_used < bytes)
        {
            int got = _file.Read(_buffer, _used, _buffer.Length - _used);
            if (got == 0)
            {
                throw new EndOfStreamException("The spill file ended early.");
            }
            _used += got;
        }
    }

    private TValue Take<TValue>() where TValue : unmanaged
    {
        int size = System.Runtime.CompilerServices.Unsafe.SizeOf<TValue>();
        Need(size);
        TValue value = MemoryMarshal.Read<TValue>(_buffer.AsSpan(_read, size));
        _read += size;
        return value;
    }

    private string TakeText(int length)
    {
        Need(2 * length);
        string text = new(MemoryMarshal.Cast<byte, char>(_buffer.AsSpan(_read, 2 * length)));
        _read += 2 * length;
        return text;
    }
}
