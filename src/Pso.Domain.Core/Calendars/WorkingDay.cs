using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain.Calendars;

/// <summary>
/// The working time of one day: a sorted list of non-overlapping <see cref="WorkingInterval"/>s, such as
/// <c>08:00-12:00, 13:00-17:00</c>. A day with no intervals is a non-working day.
/// </summary>
/// <remarks>
/// Intervals that touch are merged (<c>08:00-12:00</c> and <c>12:00-17:00</c> become <c>08:00-17:00</c>), so two days
/// with the same working time are equal. Instances are immutable and thread-safe.
/// </remarks>
public sealed class WorkingDay : IEquatable<WorkingDay>
{
    private const long NanosPerTick = NodaConstants.NanosecondsPerTick;

    private readonly long[] _startTicks;
    private readonly long[] _endTicks;

    /// <summary>Initialises a working day from its intervals, in any order.</summary>
    /// <param name="intervals">The working intervals; they must not overlap.</param>
    /// <exception cref="ArgumentException">Two intervals overlap.</exception>
    public WorkingDay(IEnumerable<WorkingInterval> intervals)
    {
        Preconditions.CheckNotNull(intervals);
        var merged = new List<WorkingInterval>();
        foreach (WorkingInterval interval in intervals.OrderBy(i => i.StartTick))
        {
            if (merged.Count > 0)
            {
                WorkingInterval last = merged[^1];
                Preconditions.CheckArgument(
                    interval.StartTick >= last.EndTick,
                    nameof(intervals),
                    $"Working intervals {last} and {interval} overlap."
                );
                if (interval.StartTick == last.EndTick)
                {
                    merged[^1] = FromTicks(last.StartTick, interval.EndTick);
                    continue;
                }
            }
            merged.Add(interval);
        }
        Intervals = [.. merged];
        _startTicks = [.. merged.Select(i => i.StartTick)];
        _endTicks = [.. merged.Select(i => i.EndTick)];
        TotalTicks = merged.Sum(i => i.EndTick - i.StartTick);
    }

    /// <summary>Initialises a working day from its intervals.</summary>
    /// <param name="intervals">The working intervals; they must not overlap.</param>
    public WorkingDay(params WorkingInterval[] intervals)
        : this((IEnumerable<WorkingInterval>)intervals) { }

    /// <summary>Gets a day without working time.</summary>
    public static WorkingDay NonWorking { get; } = new();

    /// <summary>Gets the standard day of Microsoft Project's standard calendar: 08:00-12:00 and 13:00-17:00.</summary>
    public static WorkingDay Standard { get; } =
        new(
            new WorkingInterval(new LocalTime(8, 0), new LocalTime(12, 0)),
            new WorkingInterval(new LocalTime(13, 0), new LocalTime(17, 0))
        );

    /// <summary>Gets a day that is working time from midnight to midnight.</summary>
    public static WorkingDay AllDay { get; } = new(new WorkingInterval(LocalTime.Midnight, LocalTime.Midnight));

    /// <summary>Gets the working intervals in order.</summary>
    public ImmutableArray<WorkingInterval> Intervals { get; }

    /// <summary>Gets whether the day has any working time.</summary>
    public bool IsWorkingDay => _startTicks.Length > 0;

    /// <summary>Gets the total working time of the day.</summary>
    public Duration WorkingTime => Duration.FromTicks(TotalTicks);

    internal long TotalTicks { get; }

    /// <summary>Reads a comma-separated list of intervals such as <c>08:00-12:00, 13:00-17:00</c>; empty or
    /// <c>non-working</c> for a day off.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="FormatException">The text is not a list of intervals, or they overlap.</exception>
    public static WorkingDay Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        string trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "non-working")
        {
            return NonWorking;
        }
        WorkingInterval[] intervals = [.. trimmed.Split(',').Select(part => WorkingInterval.Parse(part.Trim()))];
        try
        {
            return new WorkingDay(intervals);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"'{text}' is not a working day: {e.Message}", e);
        }
    }

    /// <summary>Says whether a time of day is working time (interval starts count, interval ends do not).</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>Whether the time falls inside an interval.</returns>
    public bool IsWorking(LocalTime time) => IsWorkingNanos(time.NanosecondOfDay);

    /// <summary>Returns the working time from midnight up to a time of day.</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>The working time before <paramref name="time"/>.</returns>
    public Duration WorkingTimeBefore(LocalTime time) =>
        Duration.FromNanoseconds(WorkBeforeNanos(time.NanosecondOfDay));

    /// <inheritdoc/>
    public bool Equals(WorkingDay? other) =>
        other is not null
        && _startTicks.AsSpan().SequenceEqual(other._startTicks)
        && _endTicks.AsSpan().SequenceEqual(other._endTicks);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkingDay);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (int i = 0; i < _startTicks.Length; i++)
        {
            hash.Add(_startTicks[i]);
            hash.Add(_endTicks[i]);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the intervals as <c>08:00-12:00, 13:00-17:00</c>, or <c>non-working</c>.</summary>
    /// <returns>The text form, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => IsWorkingDay ? string.Join(", ", Intervals) : "non-working";

    internal bool IsWorkingNanos(long nanoOfDay)
    {
        for (int i = 0; i < _startTicks.Length; i++)
        {
            if (nanoOfDay < _startTicks[i] * NanosPerTick)
            {
                return false;
            }
            if (nanoOfDay < _endTicks[i] * NanosPerTick)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Working nanoseconds in [midnight, nanoOfDay).</summary>
    internal long WorkBeforeNanos(long nanoOfDay)
    {
        long work = 0;
        for (int i = 0; i < _startTicks.Length; i++)
        {
            long start = _startTicks[i] * NanosPerTick;
            if (nanoOfDay <= start)
            {
                break;
            }
            long end = _endTicks[i] * NanosPerTick;
            work += Math.Min(nanoOfDay, end) - start;
        }
        return work;
    }

    /// <summary>The earliest time of day with <paramref name="work"/> nanoseconds worked before it; work in (0,
    /// total].</summary>
    internal long EarliestTimeWithWork(long work)
    {
        for (int i = 0; i < _startTicks.Length; i++)
        {
            long length = (_endTicks[i] - _startTicks[i]) * NanosPerTick;
            if (work <= length)
            {
                return (_startTicks[i] * NanosPerTick) + work;
            }
            work -= length;
        }
        throw new InvalidOperationException("Work beyond the day's total.");
    }

    /// <summary>The latest time of day with <paramref name="work"/> nanoseconds worked before it; work in [0,
    /// total).</summary>
    internal long LatestTimeWithWork(long work)
    {
        for (int i = 0; i < _startTicks.Length; i++)
        {
            long length = (_endTicks[i] - _startTicks[i]) * NanosPerTick;
            if (work < length)
            {
                return (_startTicks[i] * NanosPerTick) + work;
            }
            work -= length;
        }
        throw new InvalidOperationException("Work beyond the day's total.");
    }

    /// <summary>The first working moment at or after a time of day, or -1 when the rest of the day is not
    /// working.</summary>
    internal long NextWorkingNanos(long nanoOfDay)
    {
        for (int i = 0; i < _startTicks.Length; i++)
        {
            if (nanoOfDay < _endTicks[i] * NanosPerTick)
            {
                return Math.Max(nanoOfDay, _startTicks[i] * NanosPerTick);
            }
        }
        return -1;
    }

    /// <summary>The last moment at or before a time of day at which work stops or is going on (an interval's end
    /// counts), or -1 when no work happens before it in the day.</summary>
    internal long PreviousWorkingNanos(long nanoOfDay)
    {
        for (int i = _startTicks.Length - 1; i >= 0; i--)
        {
            if (nanoOfDay > _startTicks[i] * NanosPerTick)
            {
                return Math.Min(nanoOfDay, _endTicks[i] * NanosPerTick);
            }
        }
        return -1;
    }

    private static WorkingInterval FromTicks(long startTick, long endTick) =>
        new(
            LocalTime.FromTicksSinceMidnight(startTick),
            endTick == NodaConstants.TicksPerDay ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(endTick)
        );
}
