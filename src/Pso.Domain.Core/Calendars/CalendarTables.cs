using System;
using System.Collections.Generic;

namespace Pso.Domain.Calendars;

/// <summary>
/// The precomputed form of a calendar that makes its queries cheap: the week as prefix sums, and the dated exceptions
/// as sorted, non-overlapping day ranges with prefix sums of how much each changes the week. The working time before
/// any day then costs one division and one binary search, whatever the span, and searching for the day on which some
/// amount of working time runs out costs O(log span).
/// </summary>
/// <remarks>Two measures are kept side by side: working ticks, and working days (days with any working time).</remarks>
internal sealed class CalendarTables
{
    internal const int Ticks = 0;
    internal const int Days = 1;

    private readonly WorkingDay[] _week;
    private readonly long[][] _weekPrefix; // [measure][0..7]
    private readonly int[] _exStart;
    private readonly int[] _exEnd;
    private readonly WorkingDay[] _exDay;
    private readonly long[][] _exPrefixDelta; // [measure][0..n]

    internal CalendarTables(WorkWeek week, IReadOnlyList<(int Start, int End, WorkingDay Day)> exceptions)
    {
        _week = new WorkingDay[7];
        _weekPrefix = [new long[8], new long[8]];
        for (int i = 0; i < 7; i++)
        {
            _week[i] = week.DayAt(i);
            _weekPrefix[Ticks][i + 1] = _weekPrefix[Ticks][i] + _week[i].TotalTicks;
            _weekPrefix[Days][i + 1] = _weekPrefix[Days][i] + (_week[i].IsWorkingDay ? 1 : 0);
        }

        int n = exceptions.Count;
        _exStart = new int[n];
        _exEnd = new int[n];
        _exDay = new WorkingDay[n];
        _exPrefixDelta = [new long[n + 1], new long[n + 1]];
        for (int i = 0; i < n; i++)
        {
            (_exStart[i], _exEnd[i], _exDay[i]) = exceptions[i];
            long length = _exEnd[i] - _exStart[i] + 1L;
            for (int m = 0; m < 2; m++)
            {
                long delta =
                    (length * PerDay(_exDay[i], m))
                    - (WeekCumulative(_exEnd[i] + 1, m) - WeekCumulative(_exStart[i], m));
                _exPrefixDelta[m][i + 1] = _exPrefixDelta[m][i] + delta;
            }
        }
        WeekTicks = _weekPrefix[Ticks][7];
    }

    internal long WeekTicks { get; }

    internal int ExceptionCount => _exStart.Length;

    internal (int Start, int End, WorkingDay Day) ExceptionAt(int index) =>
        (_exStart[index], _exEnd[index], _exDay[index]);

    internal WorkingDay DayAt(int dayNumber)
    {
        int i = LastExceptionStartingAtOrBefore(dayNumber);
        return i >= 0 && _exEnd[i] >= dayNumber ? _exDay[i] : _week[dayNumber % 7];
    }

    internal bool HasException(int dayNumber)
    {
        int i = LastExceptionStartingAtOrBefore(dayNumber);
        return i >= 0 && _exEnd[i] >= dayNumber;
    }

    /// <summary>The measure summed over the days [0, dayNumber).</summary>
    internal long Cumulative(int dayNumber, int measure)
    {
        long value = WeekCumulative(dayNumber, measure);
        int i = LastExceptionStartingAtOrBefore(dayNumber - 1);
        if (i < 0)
        {
            return value;
        }
        value += _exPrefixDelta[measure][i];
        if (dayNumber > _exEnd[i])
        {
            return value + (_exPrefixDelta[measure][i + 1] - _exPrefixDelta[measure][i]);
        }
        long inside = (long)(dayNumber - _exStart[i]) * PerDay(_exDay[i], measure);
        return value + inside - (WeekCumulative(dayNumber, measure) - WeekCumulative(_exStart[i], measure));
    }

    /// <summary>
    /// The smallest day number m in [low, high] with Cumulative(m, Ticks) &gt;= target, or high + 1 when there is none.
    /// The search gallops out from a guess, so a good guess makes it O(log error).
    /// </summary>
    internal int FirstReaching(long target, int low, int high, int guess)
    {
        if (low > high)
        {
            return high + 1;
        }
        guess = Math.Clamp(guess, low, high);
        int lo;
        int hi; // the answer is in (lo, hi]; hi may be high + 1
        if (Cumulative(guess, Ticks) >= target)
        {
            hi = guess;
            long step = 1;
            while (true)
            {
                long probe = guess - step;
                if (probe < low)
                {
                    lo = low - 1;
                    break;
                }
                if (Cumulative((int)probe, Ticks) < target)
                {
                    lo = (int)probe;
                    break;
                }
                hi = (int)probe;
                step *= 2;
            }
        }
        else
        {
            lo = guess;
            long step = 1;
            while (true)
            {
                long probe = guess + step;
                if (probe > high)
                {
                    hi = high + 1;
                    break;
                }
                if (Cumulative((int)probe, Ticks) >= target)
                {
                    hi = (int)probe;
                    break;
                }
                lo = (int)probe;
                step *= 2;
            }
        }
        while (hi - lo > 1)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Cumulative(mid, Ticks) >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }
        return hi;
    }

    /// <summary>A guess of how many days hold the given working ticks, from the week alone.</summary>
    internal int GuessDays(long ticks) =>
        WeekTicks == 0 ? 0 : (int)Math.Min(DayNumbers.Max, (double)ticks * 7 / WeekTicks);

    private long WeekCumulative(int dayNumber, int measure)
    {
        (int weeks, int rest) = Math.DivRem(dayNumber, 7);
        long[] prefix = _weekPrefix[measure];
        return (weeks * prefix[7]) + prefix[rest];
    }

    private static long PerDay(WorkingDay day, int measure) =>
        measure == Ticks ? day.TotalTicks : (day.IsWorkingDay ? 1 : 0);

    private int LastExceptionStartingAtOrBefore(int dayNumber)
    {
        int index = Array.BinarySearch(_exStart, dayNumber);
        return index >= 0 ? index : ~index - 1;
    }
}
