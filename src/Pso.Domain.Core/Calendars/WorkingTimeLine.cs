using System;
using System.Threading;
using NodaTime;

namespace Pso.Domain.Calendars;

/// <summary>A calendar's working time laid out on a line: every moment maps to a <em>position</em>, the working time
/// (in ticks of 100 ns) between the origin and that moment, and back. Engines that do much working-time arithmetic on
/// one calendar (critical path passes, levelling) convert once, add and compare plain numbers, and convert back once.
///</summary>
/// <remarks>
/// <para>Positions are <see cref="long"/> counts of working ticks since midnight at the start of <see cref="Origin"/>,
/// negative before it. Non-working time has no length on the line, so many moments share a position: for a position
/// <see cref="StartAt"/> gives the moment at which work resumes there (where an activity starts), and
/// <see cref="FinishAt"/> the earliest moment that far into the work (where an activity finishes). Thus
/// <c>StartAt(PositionOf(t)) == calendar.NextWorkingMoment(t)</c> and
/// <c>FinishAt(PositionOf(t) + d) == calendar.AddWorkingTime(t, d)</c> for whole ticks.</para>
/// <para>The line keeps a table of the working time before each day near where it has been used, and grows it on
/// demand, so converting a position back is a binary search over that table. It is safe to use from many
/// threads.</para>
/// </remarks>
public sealed class WorkingTimeLine
{
    private const long NanosPerTick = NodaConstants.NanosecondsPerTick;
    private const int InitialDays = 1024;

    private readonly WorkCalendar _calendar;
    private readonly CalendarTables _tables;
    private readonly int _originDay;
    private readonly long _originCumulative;
    private Window _window;

    /// <summary>Initialises the line of a calendar.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="origin">The date at whose midnight position zero lies; usually the project start date.</param>
    public WorkingTimeLine(WorkCalendar calendar, LocalDate origin)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
        _tables = calendar.Tables;
        Origin = origin;
        _originDay = DayNumbers.From(origin, nameof(origin));
        _originCumulative = _tables.Cumulative(_originDay, CalendarTables.Ticks);
        _window = Build(
            Math.Max(0, _originDay - (InitialDays / 2)),
            Math.Min(DayNumbers.Max + 1, _originDay + InitialDays)
        );
    }

    /// <summary>Gets the calendar.</summary>
    public WorkCalendar Calendar => _calendar;

    /// <summary>Gets the date at whose midnight position zero lies.</summary>
    public LocalDate Origin { get; }

    /// <summary>Returns the position of a moment: the working ticks between the origin and the moment.</summary>
    /// <param name="moment">The moment; nanoseconds below a tick are ignored.</param>
    /// <returns>The position; negative before the origin.</returns>
    public long PositionOf(LocalDateTime moment)
    {
        int day = DayNumbers.From(moment.Date, nameof(moment));
        Window window = Cover(day);
        long dayStart = window.Cumulative[day - window.FirstDay];
        return dayStart
            - _originCumulative
            + (window.Days[day - window.FirstDay].WorkBeforeNanos(moment.NanosecondOfDay) / NanosPerTick);
    }

    /// <summary>Returns where work resumes at a position: the first working moment that far into the work.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The moment, as <see cref="WorkCalendar.NextWorkingMoment"/> would give it.</returns>
    /// <exception cref="Errors.NoWorkingTimeException">No working time follows that position before the year
    /// 10000.</exception>
    public LocalDateTime StartAt(long position) => Locate(position, start: true);

    /// <summary>Returns the earliest moment at which a position's working time has passed: where work that ends there
    /// finishes.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The moment, as <see cref="WorkCalendar.AddWorkingTime"/> would give it.</returns>
    /// <exception cref="Errors.NoWorkingTimeException">The calendar does not reach that position within the years 1 to
    /// 9999.</exception>
    public LocalDateTime FinishAt(long position) => Locate(position, start: false);

    private LocalDateTime Locate(long position, bool start)
    {
        long target = position + _originCumulative;
        Window window = _window;
        while (true)
        {
            long[] c = window.Cumulative;
            // A start needs a day d with c[d] <= target < c[d + 1]; a finish a day with c[d] < target <= c[d + 1].
            bool below = start ? target < c[0] : target <= c[0];
            bool above = start ? target >= c[^1] : target > c[^1];
            if (!below && !above)
            {
                break;
            }
            if (below && window.FirstDay == 0)
            {
                if (!start && target == 0)
                {
                    return DayNumbers.ToDate(0).AtMidnight();
                }
                throw new Errors.NoWorkingTimeException(
                    _calendar.Id,
                    DayNumbers.ToDate(0).AtMidnight(),
                    forward: false
                );
            }
            if (above && window.FirstDay + window.Days.Length > DayNumbers.Max)
            {
                throw new Errors.NoWorkingTimeException(
                    _calendar.Id,
                    DayNumbers.ToDate(window.FirstDay).AtMidnight(),
                    forward: true
                );
            }
            window = Grow(window, below);
        }
        long[] cumulative = window.Cumulative;
        if (start)
        {
            int day = UpperBound(cumulative, target) - 1;
            return DayNumbers.ToDateTime(
                window.FirstDay + day,
                window.Days[day].LatestTimeWithWork((target - cumulative[day]) * NanosPerTick)
            );
        }
        int finishDay = LowerBound(cumulative, target) - 1;
        return DayNumbers.ToDateTime(
            window.FirstDay + finishDay,
            window.Days[finishDay].EarliestTimeWithWork((target - cumulative[finishDay]) * NanosPerTick)
        );
    }

    private Window Cover(int day)
    {
        Window window = _window;
        while (day < window.FirstDay || day >= window.FirstDay + window.Days.Length)
        {
            window = Grow(window, below: day < window.FirstDay);
        }
        return window;
    }

    private Window Grow(Window window, bool below)
    {
        int length = window.Days.Length;
        int first = below ? Math.Max(0, window.FirstDay - length) : window.FirstDay;
        int end = below ? window.FirstDay + length : Math.Min(DayNumbers.Max + 1, window.FirstDay + (2 * length));
        Window grown = Build(first, end);
        // Another thread may have grown it further meanwhile; keep the larger.
        Window current = Interlocked.CompareExchange(ref _window, grown, window);
        return ReferenceEquals(current, window) || current.Days.Length < grown.Days.Length ? grown : current;
    }

    private Window Build(int firstDay, int endDay)
    {
        int count = endDay - firstDay;
        var days = new WorkingDay[count];
        var cumulative = new long[count + 1];
        cumulative[0] = _tables.Cumulative(firstDay, CalendarTables.Ticks);
        for (int i = 0; i < count; i++)
        {
            days[i] = _tables.DayAt(firstDay + i);
            cumulative[i + 1] = cumulative[i] + days[i].TotalTicks;
        }
        return new Window(firstDay, days, cumulative);
    }

    private static int LowerBound(long[] values, long target)
    {
        int lo = 0;
        int hi = values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int UpperBound(long[] values, long target)
    {
        int lo = 0;
        int hi = values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Working time before each day of a range of days: Cumulative[k] is before day FirstDay + k.</summary>
    private sealed record Window(int FirstDay, WorkingDay[] Days, long[] Cumulative);
}
