using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Serialization;
using Pso.Domain.Utility;

namespace Pso.Domain.Calendars;

/// <summary>
/// A working-time calendar: a <see cref="WorkWeek"/> and dated <see cref="CalendarException"/>s (holidays, extra
/// working days, changed hours), optionally derived from a base calendar, with the working-time arithmetic that
/// scheduling needs.
///</summary>
/// <remarks>
/// <para><b>Local time.</b> A calendar works in local (wall-clock) time: <see cref="LocalDateTime"/> in,
/// <see cref="LocalDateTime"/> out, as Microsoft Project does. To measure working time in real elapsed time across
/// daylight-saving changes, use <see cref="InZone(DateTimeZone)"/>.</para>
/// <para><b>Derivation.</b> A derived calendar (see <see cref="Derive"/>) takes its base's week and exceptions and
/// overrides some of them. On any date the working time comes from, in order: the derived calendar's own exception,
/// the base's exception, the derived calendar's own working time for that day of the week, the base's week. So a
/// resource calendar keeps the project's holidays even where it changes the person's weekly hours.</para>
/// <para><b>Conventions.</b> Working intervals are half-open. Adding working time ends at the earliest moment that
/// completes it (a task of 4 hours started at 08:00 finishes at 12:00, not 13:00); subtracting ends at the latest
/// moment (4 hours before 17:00 is 13:00, not 12:00). Durations are exact to the nanosecond.</para>
/// <para><b>Cost.</b> Every query costs O(log e) for e exceptions, and adding or subtracting working time
/// O(log e × log span): never proportional to the minutes or days covered.</para>
/// <para><b>Range.</b> Dates from the year 1 to 9999 in the ISO calendar. Instances are immutable and
/// thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(WorkCalendarJsonConverter))]
public sealed class WorkCalendar : IEquatable<WorkCalendar>
{
    private const long NanosPerTick = NodaConstants.NanosecondsPerTick;
    private const long NanosPerDay = NodaConstants.NanosecondsPerDay;

    private readonly CalendarTables _tables;

    /// <summary>Initialises a calendar with its own week and exceptions.</summary>
    /// <param name="id">The id of the calendar.</param>
    /// <param name="week">The weekly pattern.</param>
    /// <param name="exceptions">The dated exceptions; they must not overlap each other.</param>
    /// <param name="name">A name for people, such as <c>UK office</c>; optional.</param>
    /// <exception cref="ValidationException">Two exceptions overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An exception lies outside the years 1 to 9999.</exception>
    public WorkCalendar(
        CalendarId id,
        WorkWeek week,
        IEnumerable<CalendarException>? exceptions = null,
        string? name = null
    )
        : this(
            id,
            name,
            null,
            Preconditions.CheckNotNull(week),
            ImmutableDictionary<IsoDayOfWeek, WorkingDay>.Empty,
            exceptions
        ) { }

    private WorkCalendar(
        CalendarId id,
        string? name,
        WorkCalendar? baseCalendar,
        WorkWeek week,
        ImmutableDictionary<IsoDayOfWeek, WorkingDay> weekDayOverrides,
        IEnumerable<CalendarException>? exceptions
    )
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A calendar needs an id.");
        Id = id;
        Name = name;
        Base = baseCalendar;
        Week = week;
        WeekDayOverrides = weekDayOverrides;
        Exceptions = [.. (exceptions ?? []).OrderBy(e => e.Dates.Start)];
        List<(int Start, int End, WorkingDay Day)> own = CheckedRanges(id, Exceptions);
        _tables = new CalendarTables(week, baseCalendar is null ? own : Overlay(baseCalendar._tables, own));
    }

    internal CalendarTables Tables => _tables;

    /// <summary>Gets Microsoft Project's standard calendar: Monday to Friday 08:00-12:00 and 13:00-17:00, no
    /// holidays.</summary>
    public static WorkCalendar Standard { get; } = new(new CalendarId("standard"), WorkWeek.Standard, name: "Standard");

    /// <summary>Gets a calendar in which every moment is working time.</summary>
    public static WorkCalendar TwentyFourHours { get; } =
        new(new CalendarId("24-hours"), WorkWeek.TwentyFourSeven, name: "24 Hours");

    /// <summary>Gets the id of the calendar.</summary>
    public CalendarId Id { get; }

    /// <summary>Gets the name for people, if any.</summary>
    public string? Name { get; }

    /// <summary>Gets the base calendar this one derives from, if any.</summary>
    public WorkCalendar? Base { get; }

    /// <summary>Gets the effective weekly pattern: the base's week with this calendar's own day overrides.</summary>
    public WorkWeek Week { get; }

    /// <summary>Gets the days of the week whose working time this calendar sets itself, overriding its base.</summary>
    public ImmutableDictionary<IsoDayOfWeek, WorkingDay> WeekDayOverrides { get; }

    /// <summary>Gets this calendar's own exceptions, ordered by first date (the base's are not included).</summary>
    public ImmutableArray<CalendarException> Exceptions { get; }

    /// <summary>
    /// Returns a calendar derived from this one: it has this calendar's week and exceptions except where it overrides
    /// them, and it follows the precedence described on <see cref="WorkCalendar"/>.
    ///</summary>
    /// <param name="id">The id of the derived calendar.</param>
    /// <param name="exceptions">Its own exceptions; they must not overlap each other, and they win over the
    /// base's.</param>
    /// <param name="weekDays">Its own working time for some days of the week.</param>
    /// <param name="name">A name for people; optional.</param>
    /// <returns>The derived calendar.</returns>
    /// <exception cref="ValidationException">Two of its own exceptions overlap.</exception>
    public WorkCalendar Derive(
        CalendarId id,
        IEnumerable<CalendarException>? exceptions = null,
        IReadOnlyDictionary<IsoDayOfWeek, WorkingDay>? weekDays = null,
        string? name = null
    )
    {
        ImmutableDictionary<IsoDayOfWeek, WorkingDay> overrides = (
            weekDays ?? ImmutableDictionary<IsoDayOfWeek, WorkingDay>.Empty
        ).ToImmutableDictionary();
        WorkWeek week = Week;
        foreach (KeyValuePair<IsoDayOfWeek, WorkingDay> day in overrides)
        {
            week = week.With(day.Key, day.Value);
        }
        return new WorkCalendar(id, name, this, week, overrides, exceptions);
    }

    /// <summary>Returns this calendar with one more exception. Rebuilds the calendar: to add many, pass them all to a
    /// constructor or to <see cref="Derive"/>.</summary>
    /// <param name="exception">The exception to add; it must not overlap this calendar's own exceptions.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ValidationException">The exception overlaps one of this calendar's own.</exception>
    public WorkCalendar WithException(CalendarException exception)
    {
        Preconditions.CheckNotNull(exception);
        return new WorkCalendar(Id, Name, Base, Week, WeekDayOverrides, Exceptions.Add(exception));
    }

    /// <summary>Returns a view of this calendar that works in instants and elapsed time in a time zone.</summary>
    /// <param name="zone">The time zone of the calendar's wall-clock times.</param>
    /// <returns>The zoned view.</returns>
    public ZonedWorkCalendar InZone(DateTimeZone zone) => new(this, zone);

    /// <summary>Returns the working time of a date, after exceptions and derivation.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working time of that date.</returns>
    public WorkingDay GetWorkingDay(LocalDate date) => _tables.DayAt(DayNumbers.From(date, nameof(date)));

    /// <summary>Says whether a date has any working time.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date is a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => GetWorkingDay(date).IsWorkingDay;

    /// <summary>Says whether a moment is working time (an interval's start is working time, its end is not).</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>Whether the moment falls inside a working interval.</returns>
    public bool IsWorking(LocalDateTime moment) => GetWorkingDay(moment.Date).IsWorkingNanos(moment.NanosecondOfDay);

    /// <summary>Counts the working days (days with any working time) in a range of dates.</summary>
    /// <param name="dates">The dates, inclusive at both ends.</param>
    /// <returns>The number of working days.</returns>
    public int WorkingDays(DateInterval dates)
    {
        Preconditions.CheckNotNull(dates);
        int start = DayNumbers.From(dates.Start, nameof(dates));
        int end = DayNumbers.From(dates.End, nameof(dates));
        return (int)(_tables.Cumulative(end + 1, CalendarTables.Days) - _tables.Cumulative(start, CalendarTables.Days));
    }

    /// <summary>Returns the total working time of a range of dates.</summary>
    /// <param name="dates">The dates, inclusive at both ends.</param>
    /// <returns>The working time.</returns>
    public Duration WorkingTime(DateInterval dates)
    {
        Preconditions.CheckNotNull(dates);
        int start = DayNumbers.From(dates.Start, nameof(dates));
        int end = DayNumbers.From(dates.End, nameof(dates));
        return Duration.FromTicks(
            _tables.Cumulative(end + 1, CalendarTables.Ticks) - _tables.Cumulative(start, CalendarTables.Ticks)
        );
    }

    /// <summary>Returns the working time between two moments; negative when <paramref name="end"/> is before
    /// <paramref name="start"/>.</summary>
    /// <param name="start">The first moment.</param>
    /// <param name="end">The second moment.</param>
    /// <returns>The working time in [start, end).</returns>
    public Duration WorkingTimeBetween(LocalDateTime start, LocalDateTime end)
    {
        if (end < start)
        {
            return -WorkingTimeBetween(end, start);
        }
        int startDay = DayNumbers.From(start.Date, nameof(start));
        int endDay = DayNumbers.From(end.Date, nameof(end));
        long ticks =
            _tables.Cumulative(endDay, CalendarTables.Ticks) - _tables.Cumulative(startDay, CalendarTables.Ticks);
        long nanos =
            _tables.DayAt(endDay).WorkBeforeNanos(end.NanosecondOfDay)
            - _tables.DayAt(startDay).WorkBeforeNanos(start.NanosecondOfDay);
        return Duration.FromTicks(ticks) + Duration.FromNanoseconds(nanos);
    }

    /// <summary>Returns the earliest moment by which <paramref name="workingTime"/> of working time has passed since
    /// <paramref name="start"/>. A negative working time subtracts (see <see cref="SubtractWorkingTime"/>); zero
    /// returns <paramref name="start"/> unchanged.</summary>
    /// <param name="start">The moment to count from.</param>
    /// <param name="workingTime">The working time to add.</param>
    /// <returns>The moment the working time is complete, such as 17:00 rather than 08:00 the next morning.</returns>
    /// <exception cref="NoWorkingTimeException">The calendar has not enough working time before the year
    /// 10000.</exception>
    public LocalDateTime AddWorkingTime(LocalDateTime start, Duration workingTime)
    {
        if (workingTime < Duration.Zero)
        {
            return SubtractWorkingTime(start, -workingTime);
        }
        if (workingTime == Duration.Zero)
        {
            return start;
        }
        int day = DayNumbers.From(start.Date, nameof(start));
        WorkingDay first = _tables.DayAt(day);
        long doneBefore = first.WorkBeforeNanos(start.NanosecondOfDay);
        Duration restOfDay = Duration.FromNanoseconds((first.TotalTicks * NanosPerTick) - doneBefore);
        if (workingTime <= restOfDay)
        {
            return DayNumbers.ToDateTime(
                day,
                first.EarliestTimeWithWork(doneBefore + workingTime.ToInt64Nanoseconds())
            );
        }

        if (workingTime > MostWorkingTime)
        {
            throw new NoWorkingTimeException(Id, start, forward: true);
        }
        (long needTicks, long needNanos) = Split(workingTime - restOfDay);
        long reached = _tables.Cumulative(day + 1, CalendarTables.Ticks);
        long available = _tables.Cumulative(DayNumbers.Max + 1, CalendarTables.Ticks) - reached;
        if (needTicks > available || (needTicks == available && needNanos > 0))
        {
            throw new NoWorkingTimeException(Id, start, forward: true);
        }
        long target = reached + needTicks + (needNanos > 0 ? 1 : 0);
        int guess = day + 2 + _tables.GuessDays(needTicks);
        int endDay = _tables.FirstReaching(target, day + 2, DayNumbers.Max + 1, guess) - 1;
        long workInEndDay =
            ((reached + needTicks - _tables.Cumulative(endDay, CalendarTables.Ticks)) * NanosPerTick) + needNanos;
        return DayNumbers.ToDateTime(endDay, _tables.DayAt(endDay).EarliestTimeWithWork(workInEndDay));
    }

    /// <summary>
    /// Returns the latest moment from which <paramref name="workingTime"/> of working time passes until
    /// <paramref name="end"/>: the backward twin of <see cref="AddWorkingTime"/>. A negative working time adds; zero
    /// returns <paramref name="end"/> unchanged.
    ///</summary>
    /// <param name="end">The moment to count back from.</param>
    /// <param name="workingTime">The working time to subtract.</param>
    /// <returns>The moment the working time starts, such as 08:00 rather than 17:00 the evening before.</returns>
    /// <exception cref="NoWorkingTimeException">The calendar has not enough working time after the year 1.</exception>
    public LocalDateTime SubtractWorkingTime(LocalDateTime end, Duration workingTime)
    {
        if (workingTime < Duration.Zero)
        {
            return AddWorkingTime(end, -workingTime);
        }
        if (workingTime == Duration.Zero)
        {
            return end;
        }
        int day = DayNumbers.From(end.Date, nameof(end));
        WorkingDay last = _tables.DayAt(day);
        long doneBefore = last.WorkBeforeNanos(end.NanosecondOfDay);
        Duration earlierToday = Duration.FromNanoseconds(doneBefore);
        if (workingTime <= earlierToday)
        {
            return DayNumbers.ToDateTime(day, last.LatestTimeWithWork(doneBefore - workingTime.ToInt64Nanoseconds()));
        }

        if (workingTime > MostWorkingTime)
        {
            throw new NoWorkingTimeException(Id, end, forward: false);
        }
        (long needTicks, long needNanos) = Split(workingTime - earlierToday);
        long reached = _tables.Cumulative(day, CalendarTables.Ticks);
        if (needTicks > reached || (needTicks == reached && needNanos > 0))
        {
            throw new NoWorkingTimeException(Id, end, forward: false);
        }
        // The start day is the latest day d with Cumulative(d) <= reached - need.
        long limit = reached - needTicks - (needNanos > 0 ? 1 : 0);
        int guess = day - _tables.GuessDays(needTicks);
        int startDay = _tables.FirstReaching(limit + 1, 0, day, guess) - 1;
        long workBeforeStart =
            ((reached - _tables.Cumulative(startDay, CalendarTables.Ticks) - needTicks) * NanosPerTick) - needNanos;
        return DayNumbers.ToDateTime(startDay, _tables.DayAt(startDay).LatestTimeWithWork(workBeforeStart));
    }

    /// <summary>Returns the first moment at or after <paramref name="moment"/> that is working time; where a task can
    /// start.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns><paramref name="moment"/> itself if it is working time, else the start of the next working
    /// interval.</returns>
    /// <exception cref="NoWorkingTimeException">No working time follows before the year 10000.</exception>
    public LocalDateTime NextWorkingMoment(LocalDateTime moment)
    {
        int day = DayNumbers.From(moment.Date, nameof(moment));
        long nanos = _tables.DayAt(day).NextWorkingNanos(moment.NanosecondOfDay);
        if (nanos >= 0)
        {
            return DayNumbers.ToDateTime(day, nanos);
        }
        long reached = _tables.Cumulative(day + 1, CalendarTables.Ticks);
        int next = _tables.FirstReaching(reached + 1, day + 2, DayNumbers.Max + 1, day + 2) - 1;
        if (next > DayNumbers.Max)
        {
            throw new NoWorkingTimeException(Id, moment, forward: true);
        }
        return DayNumbers.ToDateTime(next, _tables.DayAt(next).NextWorkingNanos(0));
    }

    /// <summary>Returns the last moment at or before <paramref name="moment"/> at which work is going on or stops;
    /// where a task can finish.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns><paramref name="moment"/> itself if it is inside or at the end of a working interval, else the end of
    /// the previous working interval.</returns>
    /// <exception cref="NoWorkingTimeException">No working time precedes it after the year 1.</exception>
    public LocalDateTime PreviousWorkingMoment(LocalDateTime moment)
    {
        int day = DayNumbers.From(moment.Date, nameof(moment));
        long nanos = _tables.DayAt(day).PreviousWorkingNanos(moment.NanosecondOfDay);
        if (nanos >= 0)
        {
            return DayNumbers.ToDateTime(day, nanos);
        }
        long reached = _tables.Cumulative(day, CalendarTables.Ticks);
        // The previous working day is the latest day d with Cumulative(d) < reached.
        int previous = _tables.FirstReaching(reached, 0, day, day - 1) - 1;
        if (reached == 0 || previous < 0)
        {
            throw new NoWorkingTimeException(Id, moment, forward: false);
        }
        return DayNumbers.ToDateTime(previous, _tables.DayAt(previous).PreviousWorkingNanos(NanosPerDay));
    }

    /// <inheritdoc/>
    public bool Equals(WorkCalendar? other) =>
        ReferenceEquals(this, other)
        || (
            other is not null
            && Id == other.Id
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Equals(Base, other.Base)
            && Week.Equals(other.Week)
            && WeekDayOverrides.Count == other.WeekDayOverrides.Count
            && WeekDayOverrides.All(d =>
                other.WeekDayOverrides.TryGetValue(d.Key, out WorkingDay? day) && d.Value.Equals(day)
            )
            && Exceptions.SequenceEqual(other.Exceptions)
        );

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Week, Exceptions.Length);

    /// <summary>Returns the id and, if any, the name.</summary>
    /// <returns>The calendar for people to read.</returns>
    public override string ToString() => Name is null ? Id.Value : $"{Id} ({Name})";

    /// <summary>More working time than any calendar holds between the years 1 and 9999 (every day of them worked round
    /// the clock): a request for more has no answer, whatever the calendar.</summary>
    private static readonly Duration MostWorkingTime = Duration.FromDays(3_700_000);

    private static (long Ticks, long Nanos) Split(Duration duration)
    {
        long ticks = duration.BclCompatibleTicks;
        long nanos = (duration - Duration.FromTicks(ticks)).ToInt64Nanoseconds();
        return (ticks, nanos);
    }

    private static List<(int Start, int End, WorkingDay Day)> CheckedRanges(
        CalendarId id,
        ImmutableArray<CalendarException> exceptions
    )
    {
        var ranges = new List<(int Start, int End, WorkingDay Day)>(exceptions.Length);
        var errors = new List<ValidationError>();
        for (int i = 0; i < exceptions.Length; i++)
        {
            CalendarException exception = exceptions[i];
            ranges.Add(
                (
                    DayNumbers.From(exception.Dates.Start, nameof(exceptions)),
                    DayNumbers.From(exception.Dates.End, nameof(exceptions)),
                    exception.WorkingTime
                )
            );
            if (i > 0 && exception.Dates.Start <= exceptions[i - 1].Dates.End)
            {
                errors.Add(
                    new ValidationError(
                        ErrorCodes.CalendarExceptionOverlap,
                        $"Exceptions {exceptions[i - 1]} and {exception} overlap; a date can have only one exception "
                            + "in a calendar.",
                        new ErrorLocation { Field = "exceptions", RecordId = id.Value }
                    )
                );
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
        return ranges;
    }

    private static List<(int Start, int End, WorkingDay Day)> Overlay(
        CalendarTables baseTables,
        List<(int Start, int End, WorkingDay Day)> own
    )
    {
        // The base's ranges, cut where the derived calendar's own ranges cover them, then merged with those.
        var result = new List<(int Start, int End, WorkingDay Day)>(baseTables.ExceptionCount + own.Count);
        int o = 0;
        for (int b = 0; b < baseTables.ExceptionCount; b++)
        {
            (int start, int end, WorkingDay day) = baseTables.ExceptionAt(b);
            while (o < own.Count && own[o].End < start)
            {
                o++;
            }
            for (int k = o; k < own.Count && own[k].Start <= end && start <= end; k++)
            {
                if (own[k].Start > start)
                {
                    result.Add((start, own[k].Start - 1, day));
                }
                start = Math.Max(start, own[k].End + 1);
            }
            if (start <= end)
            {
                result.Add((start, end, day));
            }
        }
        result.AddRange(own);
        result.Sort((x, y) => x.Start.CompareTo(y.Start));
        return result;
    }
}
