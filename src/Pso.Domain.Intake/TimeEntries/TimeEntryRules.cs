using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;
using Pso.Domain.Intake.Storage;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>
/// The rules across time entries, fed one entry at a time and judged once all are in: one person's hours on one day add
/// up to at most 24 (every entry of a day over it is rejected, each naming the total), and one person's clock times do
/// not overlap (both entries are rejected, each naming the other's line). It keeps a number per person, a total per
/// person and day, and the entries with clock times, not the entries themselves; past its budget of memory it moves
/// what it holds, and every entry after, to temporary files by person, and judges each file in turn.
/// </summary>
internal sealed class TimeEntryRules(long budget = long.MaxValue) : IDisposable
{
    /// <summary>The longest run of days a person's totals are kept in an array for; days beyond it go to a
    /// table.</summary>
    private const int MostDays = 4 * 366;

    /// <summary>The bytes a person holds in memory, beside their days: their number, id and place in the
    /// lists.</summary>
    private const int PersonBytes = 64;

    /// <summary>The bytes an entry with clock times holds in memory.</summary>
    private const int SpanBytes = 48;

    /// <summary>The ticks in a hundredth of an hour.</summary>
    private const long HundredthTicks = NodaConstants.TicksPerHour / 100;

    /// <summary>The ticks in a hundredth of an hour, as a decimal.</summary>
    private const decimal TicksPerHundredth = HundredthTicks;

    /// <summary>The ticks in 24 hours.</summary>
    private const decimal DayTicks = NodaConstants.TicksPerDay;

    // A fact in the files: person, day number, ticks, index (-1 for a total carried over), line, clock times as ticks.
    private const int FactBytes = 52;

    private readonly Dictionary<ResourceId, int> _people = [];
    private readonly List<ResourceId> _resources = [];
    private int[] _bySymbol = [];

    // A person's days, as whole hundredths of an hour (four bytes a day, so that the days of thousands of people stay
    // in
    // the cache); work that is not whole hundredths, or that would overflow, is kept exactly in the rest, as ticks
    // (whole numbers held in decimals, which no sum of entries can overflow).
    private readonly List<(int Origin, int[] Hundredths)> _totals = [];
    private readonly Dictionary<long, decimal> _rest = new(MixedHash.Instance);
    private readonly List<Span> _spans = [];
    private long _held;
    private PartitionedFiles? _files;
    private long _since;
    private Func<long, bool>? _withdrawn;
    private Dictionary<long, decimal>? _overDays;
    private bool _pending;
    private long _pendingDay;
    private long _pendingTicks;

    /// <summary>Gets whether the rules keep their facts in files.</summary>
    internal bool InFiles => _files is not null;

    /// <summary>Gets the number of a person, by the symbol of the cell that names them when there is one (no hashing),
    /// otherwise by the id.</summary>
    internal int PersonOf(ResourceId resource, int symbol = Interner.Full)
    {
        if (symbol >= 0 && symbol < _bySymbol.Length && _bySymbol[symbol] > 0)
        {
            return _bySymbol[symbol] - 1;
        }
        if (!_people.TryGetValue(resource, out int person))
        {
            _people[resource] = person = _people.Count;
            _resources.Add(resource);
            _totals.Add((int.MaxValue / 2, []));
            _held += PersonBytes;
        }
        if (symbol >= 0)
        {
            if (symbol >= _bySymbol.Length)
            {
                Array.Resize(ref _bySymbol, Math.Max(symbol + 1, Math.Max(256, 2 * _bySymbol.Length)));
            }
            _bySymbol[symbol] = person + 1;
        }
        return person;
    }

    /// <summary>Adds an entry; gives its day's key.</summary>
    internal long Add(TimeEntry entry, (LocalDateTime From, LocalDateTime To)? span, int line, long index) =>
        Add(PersonOf(entry.Resource), entry.Date, entry.Hours, span, line, index);

    /// <summary>Adds the work of a person numbered by <see cref="PersonOf"/> on a date; gives the day's key.</summary>
    internal long Add(
        int person,
        LocalDate date,
        Work work,
        (LocalDateTime From, LocalDateTime To)? span,
        int line,
        long index
    )
    {
        long ticks = work.ToDuration().BclCompatibleTicks;
        long day = DayOf(person, date);
        (LocalDateTime From, LocalDateTime To)? clock = span is { } s && s.To > s.From ? s : null;
        if (_files is not null)
        {
            Fact(person, day, ticks, index, line, clock);
            return day;
        }
        // The hours go to the day's total when the next entry comes (the total fetched into the cache meanwhile).
        Settle();
        Prefetch(day);
        (_pendingDay, _pendingTicks, _pending) = (day, ticks, true);
        if (clock is { } c)
        {
            _spans.Add(new Span(person, c.From, c.To, line, index));
            _held += SpanBytes;
        }
        if (_held > budget)
        {
            Settle();
            MoveToFiles(index + 1);
        }
        return day;
    }

    /// <summary>Takes back the work of an entry added earlier that turned out to be a duplicate.</summary>
    internal void Withdraw(long index, long day, Work work)
    {
        long ticks = work.ToDuration().BclCompatibleTicks;
        if (_files is null)
        {
            AddTicks(day, -ticks);
        }
        else if (index < _since)
        {
            // Its hours went to the files inside a total: a correction goes after it. (Entries added to the files
            // themselves are left out when judged.)
            Fact((int)(day >> 32), day, -(decimal)ticks, -1, 0, null);
        }
    }

    /// <summary>Leaves the entries taken back out of the overlap check (and, in files, out of the totals).</summary>
    internal void Withdrawn(Func<long, bool> withdrawn)
    {
        _withdrawn = withdrawn;
        _spans.RemoveAll(s => withdrawn(s.Index));
    }

    /// <summary>Gets the key of a person's day.</summary>
    internal static long DayOf(int person, LocalDate date) => ((long)person << 32) | (uint)date.ToDateOnly().DayNumber;

    /// <summary>Judges every entry added: gives the overlap errors by the index each entry was added with, and makes
    /// the day totals ready for <see cref="DayError"/>.</summary>
    internal Dictionary<long, List<ValidationError>> Judge(IntakeRun run, TimeEntrySource source)
    {
        Settle();
        var errors = new Dictionary<long, List<ValidationError>>();
        if (_files is null)
        {
            Overlaps(_spans, run, source, errors);
            _overDays = OverDays();
            return errors;
        }
        _overDays = new Dictionary<long, decimal>(MixedHash.Instance);
        var totals = new Dictionary<long, decimal>(MixedHash.Instance);
        var spans = new List<Span>();
        for (int partition = 0; partition < _files.Count; partition++)
        {
            totals.Clear();
            spans.Clear();
            _files.ReadBack(partition, record =>
            {
                long index = MemoryMarshal.Read<long>(record[24..]);
                if (index >= 0 && _withdrawn?.Invoke(index) == true)
                {
                    return;
                }
                int person = MemoryMarshal.Read<int>(record);
                long day = ((long)person << 32) | MemoryMarshal.Read<uint>(record[4..]);
                CollectionsMarshal.GetValueRefOrAddDefault(totals, day, out _) += MemoryMarshal.Read<decimal>(
                    record[8..]
                );
                long from = MemoryMarshal.Read<long>(record[36..]);
                long to = MemoryMarshal.Read<long>(record[44..]);
                if (to > from)
                {
                    spans.Add(
                        new Span(
                            person,
                            LocalDateTime.FromDateTime(new DateTime(from)),
                            LocalDateTime.FromDateTime(new DateTime(to)),
                            MemoryMarshal.Read<int>(record[32..]),
                            index
                        )
                    );
                }
            });
            foreach ((long day, decimal total) in totals)
            {
                if (total > DayTicks)
                {
                    _overDays[day] = total;
                }
            }
            Overlaps(spans, run, source, errors);
        }
        _files.Dispose();
        return errors;
    }

    /// <summary>Finds the days over 24 hours in memory, once every entry is in (a scan of the totals), so that an
    /// entry's verdict is a lookup in a small table rather than a visit to its person's days.</summary>
    private Dictionary<long, decimal> OverDays()
    {
        var over = new Dictionary<long, decimal>(MixedHash.Instance);
        for (int person = 0; person < _totals.Count; person++)
        {
            (int origin, int[] days) = _totals[person];
            for (int at = 0; at < days.Length; at++)
            {
                if (days[at] > 2400 || (days[at] != 0 && _rest.Count > 0))
                {
                    long day = ((long)person << 32) | unchecked((uint)(origin + at));
                    if (Total(day) is decimal total && total > DayTicks)
                    {
                        over[day] = total;
                    }
                }
            }
        }
        foreach (long day in _rest.Keys)
        {
            if (Total(day) is decimal total && total > DayTicks)
            {
                over[day] = total;
            }
        }
        return over;
    }

    /// <summary>Gets the error of an entry whose day is over 24 hours, or null.</summary>
    internal ValidationError? DayError(IntakeRun run, TimeEntrySource source, TimeEntry entry, long day, int line)
    {
        if (_overDays is null ? !Over(day) : !_overDays.ContainsKey(day))
        {
            return null;
        }
        decimal total = _overDays is null ? Total(day) : _overDays[day];
        return run.ErrorAt(
            line,
            IntakeErrorCodes.OverTwentyFourHours,
            source.HoursField(run),
            $"'{entry.Resource}' has {HoursOf(total)} hours on {entry.Date:uuuu-MM-dd}; a day has 24."
        );
    }

    /// <inheritdoc/>
    public void Dispose() => _files?.Dispose();

    /// <summary>Moves the totals and clock times held to files (a fact per person's day with hours, one per entry with
    /// clock times); every entry from <paramref name="since"/> on goes to the files as it comes.</summary>
    private void MoveToFiles(long since)
    {
        _files = new PartitionedFiles(128, FactBytes);
        _since = since;
        for (int person = 0; person < _totals.Count; person++)
        {
            (int origin, int[] days) = _totals[person];
            for (int at = 0; at < days.Length; at++)
            {
                if (days[at] != 0)
                {
                    Fact(
                        person,
                        ((long)person << 32) | unchecked((uint)(origin + at)),
                        days[at] * TicksPerHundredth,
                        -1,
                        0,
                        null
                    );
                }
            }
            _totals[person] = (int.MaxValue / 2, []);
        }
        foreach ((long day, decimal ticks) in _rest)
        {
            Fact((int)(day >> 32), day, ticks, -1, 0, null);
        }
        foreach (Span span in _spans)
        {
            Fact(span.Person, DayOf(span.Person, span.From.Date), 0m, span.Index, span.Line, (span.From, span.To));
        }
        _rest.Clear();
        _spans.Clear();
        _spans.TrimExcess();
        _held = 0;
    }

    private void Fact(
        int person,
        long day,
        decimal ticks,
        long index,
        int line,
        (LocalDateTime From, LocalDateTime To)? span
    )
    {
        Span<byte> record = _files!.Next(person % _files.Count);
        uint number = unchecked((uint)day);
        long from = span?.From.ToDateTimeUnspecified().Ticks ?? 0;
        long to = span?.To.ToDateTimeUnspecified().Ticks ?? 0;
        MemoryMarshal.Write(record, in person);
        MemoryMarshal.Write(record[4..], in number);
        MemoryMarshal.Write(record[8..], in ticks);
        MemoryMarshal.Write(record[24..], in index);
        MemoryMarshal.Write(record[32..], in line);
        MemoryMarshal.Write(record[36..], in from);
        MemoryMarshal.Write(record[44..], in to);
    }

    /// <summary>Adds the hours of the entry added last to its day's total.</summary>
    private void Settle()
    {
        if (_pending)
        {
            _pending = false;
            AddTicks(_pendingDay, _pendingTicks);
        }
    }

    /// <summary>Starts fetching a day's total into the cache (where the processor can).</summary>
    private void Prefetch(long day)
    {
        (int origin, int[] totals) = _totals[(int)(day >> 32)];
        int at = unchecked((int)(uint)day) - origin;
        if (unchecked((uint)at < (uint)totals.Length))
        {
            CacheLine.Prefetch(ref totals[at]);
        }
    }

    private void AddTicks(long day, long ticks)
    {
        if (Slot(day, out int[]? days, out int at) && Hundredths(ticks) is long hundredths)
        {
            long sum = days[at] + hundredths;
            if (sum is >= int.MinValue and <= int.MaxValue)
            {
                days[at] = (int)sum;
                return;
            }
        }
        ref decimal rest = ref CollectionsMarshal.GetValueRefOrAddDefault(_rest, day, out bool had);
        rest += ticks;
        _held += had ? 0 : 32;
    }

    /// <summary>Gets ticks as whole hundredths of an hour when they are (and under 2^31); null otherwise.</summary>
    private static long? Hundredths(long ticks)
    {
        (long hundredths, long rest) = Math.DivRem(ticks, HundredthTicks);
        return rest == 0 && hundredths is >= int.MinValue and <= int.MaxValue ? hundredths : null;
    }

    /// <summary>Gets a person's total on a day in ticks (for the days over 24 hours and the messages that name
    /// them).</summary>
    private decimal Total(long day) =>
        (Slot(day, out int[]? days, out int at) ? days[at] * TicksPerHundredth : 0m)
        + (_rest.Count == 0 ? 0m : _rest.GetValueOrDefault(day));

    /// <summary>Gets a total in ticks as the hours a person reads: the work's own text form.</summary>
    private static string HoursOf(decimal ticks) =>
        ticks <= long.MaxValue && ticks >= -long.MaxValue
            ? Work.FromDuration(Duration.FromTicks((long)ticks)).ToString()[..^1]
            : (ticks / NodaConstants.TicksPerHour).ToString(CultureInfo.InvariantCulture);

    /// <summary>Says whether a person's day is over 24 hours, without decimals when all its hours are whole
    /// hundredths.</summary>
    private bool Over(long day) =>
        _rest.Count == 0 ? Slot(day, out int[]? days, out int at) && days[at] > 2400 : Total(day) > DayTicks;

    /// <summary>Finds a person's day in the person's array of days (grown to take the day, up to <see
    /// cref="MostDays"/>);
    /// false for a day too far from the others, which is kept in the rest only, so that a stray date costs no
    /// memory.</summary>
    private bool Slot(long day, [NotNullWhen(true)] out int[]? days, out int at)
    {
        int person = (int)(day >> 32);
        int number = unchecked((int)(uint)day);
        (int origin, int[] totals) = _totals[person];
        at = number - origin;
        if (unchecked((uint)at < (uint)totals.Length))
        {
            days = totals;
            return true;
        }
        if (totals.Length == 0)
        {
            // A person's first day: a month around it to start with.
            days = new int[32];
            _held += 4 * days.Length;
            _totals[person] = (number - 8, days);
            at = 8;
            return true;
        }
        int from = Math.Min(origin, number);
        int to = Math.Max(origin + totals.Length, number + 1);
        if (to - from > MostDays)
        {
            days = null;
            return false;
        }
        // Grow to at least twice the length, on the side the new day is.
        int length = Math.Min(MostDays, Math.Max(to - from, 2 * totals.Length));
        int newOrigin = number < origin ? to - length : from;
        days = new int[length];
        _held += 4 * (length - totals.Length);
        Array.Copy(totals, 0, days, origin - newOrigin, totals.Length);
        _totals[person] = (newOrigin, days);
        at = number - newOrigin;
        return true;
    }

    /// <summary>Finds the overlaps among clock times: sorted by person and start, each entry against the one reaching
    /// furthest before it.</summary>
    private void Overlaps(
        List<Span> spans,
        IntakeRun run,
        TimeEntrySource source,
        Dictionary<long, List<ValidationError>> errors
    )
    {
        void Reject(long index, ValidationError error)
        {
            if (!errors.TryGetValue(index, out List<ValidationError>? list))
            {
                errors[index] = list = [];
            }
            list.Add(error);
        }
        string field = source.StartField(run);
        spans.Sort((a, b) => a.Person != b.Person ? a.Person.CompareTo(b.Person) : a.From.CompareTo(b.From));
        int latest = -1;
        for (int i = 0; i < spans.Count; i++)
        {
            Span c = spans[i];
            if (latest >= 0 && spans[latest].Person != c.Person)
            {
                latest = -1;
            }
            if (latest >= 0 && c.From < spans[latest].To)
            {
                Span l = spans[latest];
                ResourceId resource = _resources[c.Person];
                // Entries read from one line (the work logs of one Jira issue) are told apart by their clock times.
                string Other(int line, int other) => other == line ? "on the same line" : $"on line {other}";
                Reject(
                    c.Index,
                    run.ErrorAt(
                        c.Line,
                        IntakeErrorCodes.Overlap,
                        field,
                        $"'{resource}' from {c.From:uuuu-MM-dd HH:mm} to {c.To:HH:mm} (line {c.Line}) overlaps the "
                            + $"entry from {l.From:HH:mm} to {l.To:HH:mm} {Other(c.Line, l.Line)}."
                    )
                );
                Reject(
                    l.Index,
                    run.ErrorAt(
                        l.Line,
                        IntakeErrorCodes.Overlap,
                        field,
                        $"'{resource}' from {l.From:uuuu-MM-dd HH:mm} to {l.To:HH:mm} (line {l.Line}) overlaps the "
                            + $"entry from {c.From:HH:mm} to {c.To:HH:mm} {Other(l.Line, c.Line)}."
                    )
                );
            }
            if (latest < 0 || c.To > spans[latest].To)
            {
                latest = i;
            }
        }
    }

    /// <summary>An entry with clock times.</summary>
    private readonly record struct Span(int Person, LocalDateTime From, LocalDateTime To, int Line, long Index);
}
