using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake.Pipeline;
using Pso.Domain.Intake.TimeEntries;

namespace Pso.Domain.Intake.Storage;

/// <summary>
/// The temporary file a streaming run keeps its passed time entries in until the rules across rows are done: each
/// entry as its line, its day's key in the rules (person and day), numbers for its ids (the symbols of the row's table
/// of values),
/// its day, hours, id, overtime flag, key and its text (as UTF-8 when it is valid UTF-16, otherwise as it was). Written
/// and read back through one buffer, without a string per
/// field; the file is deleted when closed.
/// </summary>
internal sealed class TimeEntrySpill(IntakeRow row) : IDisposable
{
    private readonly FileStream _file = new(
        Path.GetTempFileName(),
        FileMode.Create,
        FileAccess.ReadWrite,
        FileShare.None,
        1,
        FileOptions.DeleteOnClose
    );

    // An id is numbered by its symbol in the row's table of values, found by reference among the row's cells (no
    // hashing); an id without a symbol (the table full) gets a number of its own here, counted down from -3.
    private readonly Dictionary<string, int> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _names = [];
    private byte[] _buffer = new byte[1 << 20];
    private readonly (int Number, LocalDate Date)[] _dates = new (int, LocalDate)[1024];
    private Ids<ResourceId> _resources;
    private Ids<ProjectId> _projects;
    private Ids<ActivityId> _activities;
    private Ids<RoleId> _roles;
    private Ids<CostAccountId> _accounts;
    private int _used;
    private int _read;

    /// <summary>Gets how many entries were written.</summary>
    internal long Count { get; private set; }

    /// <summary>Writes an entry read from the current row, with its day's key in the rules.</summary>
    internal void Write(in TimeEntryDraft entry, long day, IntakeKey key)
    {
        ReadOnlySpan<char> id = row.Cell(entry.IdColumn);
        ReadOnlySpan<char> text = row.TextSpan;
        Ensure(96 + (3 * text.Length) + (3 * id.Length));
        Put(row.Line);
        Put(day);
        Put(Number(entry.Resource.Value, entry.PersonSymbol));
        Put(Number(entry.Project.Value, entry.ProjectSymbol));
        Put(entry.Activity is ActivityId a ? Number(a.Value, entry.ActivitySymbol) : -1);
        Put(entry.Role is RoleId r ? Number(r.Value, entry.RoleSymbol) : -1);
        Put(entry.Account is CostAccountId c ? Number(c.Value, entry.AccountSymbol) : -1);
        Put(entry.Hours.ToDuration().BclCompatibleTicks);
        if (id.IsEmpty)
        {
            Put(-1);
        }
        else
        {
            Put(id);
        }
        Put(entry.Overtime ? (byte)1 : (byte)0);
        Put(key.Value);
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

    /// <summary>Reads the next entry, with its line, key and person; its text follows (<see
    /// cref="ReadText"/>).</summary>
    internal (TimeEntry Entry, int Line, IntakeKey Key, long Day) Read()
    {
        int line = Take<int>();
        long day = Take<long>();
        ResourceId resource = _resources.Get(Take<int>(), this);
        ProjectId project = _projects.Get(Take<int>(), this);
        int activity = Take<int>();
        int role = Take<int>();
        int account = Take<int>();
        LocalDate date = DateOf(unchecked((int)(uint)day));
        long ticks = Take<long>();
        int idLength = Take<int>();
        string? id = idLength < 0 ? null : TakeText(idLength);
        bool overtime = Take<byte>() == 1;
        var key = new IntakeKey(Take<UInt128>());
        var entry = new TimeEntry(resource, project, date, Work.FromDuration(Duration.FromTicks(ticks)))
        {
            Id = id,
            Activity = activity == -1 ? null : _activities.Get(activity, this),
            Role = role == -1 ? null : _roles.Get(role, this),
            Account = account == -1 ? null : _accounts.Get(account, this),
            Overtime = overtime,
        };
        return (entry, line, key, day);
    }

    /// <summary>Reads the text of the entry just read, or skips it.</summary>
    internal string? ReadText(bool keep)
    {
        int length = Take<int>();
        if (keep)
        {
            return TakeText(length);
        }
        int bytes = length >= 0 ? length : 2 * (-1 - length);
        Need(bytes);
        _read += bytes;
        return null;
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();

    private int Number(string name, int symbol)
    {
        if (symbol >= 0)
        {
            return symbol;
        }
        if (!_numbers.TryGetValue(name, out int number))
        {
            _numbers[name] = number = -3 - _names.Count;
            _names.Add(name);
        }
        return number;
    }

    private string Name(int number) => number >= 0 ? row.TextOf(number) : _names[-3 - number];

    /// <summary>Gets the date of a day number, kept for the last few hundred distinct days.</summary>
    private LocalDate DateOf(int number)
    {
        ref (int Number, LocalDate Date) kept = ref _dates[number & (_dates.Length - 1)];
        if (kept.Number != number + 1)
        {
            kept = (number + 1, LocalDate.FromDateOnly(DateOnly.FromDayNumber(number)));
        }
        return kept.Date;
    }

    /// <summary>The ids read back, made once per number (each distinct id is checked once, not once per
    /// entry).</summary>
    private struct Ids<TId>
        where TId : struct, IEntityId<TId>
    {
        private TId?[]? _made;

        internal TId Get(int number, TimeEntrySpill spill)
        {
            if (number < 0)
            {
                return TId.Parse(spill.Name(number), null);
            }
            _made ??= new TId?[Math.Max(256, number + 1)];
            if (number >= _made.Length)
            {
                Array.Resize(ref _made, Math.Max(number + 1, 2 * _made.Length));
            }
            return _made[number] ??= TId.Parse(spill.Name(number), null);
        }
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

    private void Put<TValue>(TValue value)
        where TValue : unmanaged
    {
        MemoryMarshal.Write(_buffer.AsSpan(_used), in value);
        _used += System.Runtime.CompilerServices.Unsafe.SizeOf<TValue>();
    }

    /// <summary>Writes a text as UTF-8 (half the bytes of most rows), its length first; a text that is not valid
    /// UTF-16 (a lone surrogate) is written as it is, its length as -1 - chars, so that it reads back
    /// unchanged.</summary>
    private void Put(ReadOnlySpan<char> text)
    {
        Span<byte> into = _buffer.AsSpan(_used + sizeof(int));
        if (
            System.Text.Unicode.Utf8.FromUtf16(text, into, out _, out int written, replaceInvalidSequences: false)
            == System.Buffers.OperationStatus.Done
        )
        {
            Put(written);
            _used += written;
            return;
        }
        Put(-1 - text.Length);
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

    private TValue Take<TValue>()
        where TValue : unmanaged
    {
        int size = System.Runtime.CompilerServices.Unsafe.SizeOf<TValue>();
        Need(size);
        TValue value = MemoryMarshal.Read<TValue>(_buffer.AsSpan(_read, size));
        _read += size;
        return value;
    }

    /// <summary>Reads a text written by <see cref="Put(ReadOnlySpan{char})"/>, given its length.</summary>
    private string TakeText(int length)
    {
        int bytes = length >= 0 ? length : 2 * (-1 - length);
        Need(bytes);
        string text =
            length >= 0
                ? System.Text.Encoding.UTF8.GetString(_buffer, _read, bytes)
                : new(MemoryMarshal.Cast<byte, char>(_buffer.AsSpan(_read, bytes)));
        _read += bytes;
        return text;
    }
}
