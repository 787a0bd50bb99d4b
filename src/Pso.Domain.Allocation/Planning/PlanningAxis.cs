using System;
using System.Collections.Generic;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Allocation.Planning;

/// <summary>The planner's periods: the working days (or working hours) of the portfolio calendar from the status date
/// to the horizon, each a span of moments, with the conversions between moments and periods.</summary>
internal sealed class PlanningAxis
{
    private readonly LocalDateTime[] _start;
    private readonly LocalDateTime[] _end;

    internal PlanningAxis(WorkCalendar calendar, LocalDate first, int days, PlanningGranularity granularity)
    {
        var starts = new List<LocalDateTime>();
        var ends = new List<LocalDateTime>();
        Duration longest = Duration.Zero;
        for (int d = 0; d < days; d++)
        {
            LocalDate date = first.PlusDays(d);
            if (!calendar.IsWorkingDay(date))
            {
                continue;
            }
            if (granularity == PlanningGranularity.Day)
            {
                starts.Add(date.AtMidnight());
                ends.Add(date.PlusDays(1).AtMidnight());
                Duration day = calendar.WorkingTime(new DateInterval(date, date));
                longest = day > longest ? day : longest;
                continue;
            }
            for (int h = 0; h < 24; h++)
            {
                LocalDateTime from = date.AtMidnight().PlusHours(h);
                if (calendar.WorkingTimeBetween(from, from.PlusHours(1)) > Duration.Zero)
                {
                    starts.Add(from);
                    ends.Add(from.PlusHours(1));
                }
            }
            longest = Duration.FromHours(1);
        }
        _start = [.. starts];
        _end = [.. ends];
        Calendar = calendar;
        First = first;
        End = first.PlusDays(days).AtMidnight();
        PeriodTime = longest > Duration.Zero ? longest : Duration.FromHours(8);
    }

    /// <summary>Gets the portfolio calendar.</summary>
    internal WorkCalendar Calendar { get; }

    /// <summary>Gets the status date: period 0 is its first working day or hour.</summary>
    internal LocalDate First { get; }

    /// <summary>Gets the moment the horizon ends.</summary>
    internal LocalDateTime End { get; }

    /// <summary>Gets the number of periods inside the horizon.</summary>
    internal int Length => _start.Length;

    /// <summary>Gets the working time of a full period, for converting lags.</summary>
    internal Duration PeriodTime { get; }

    /// <summary>Returns when a period begins; after the horizon, periods continue a day (or an hour) apiece.</summary>
    internal LocalDateTime StartOf(int period) =>
        period < _start.Length ? _start[period]
        : _start.Length == 0 ? End.PlusHours(period)
        : _start[^1].PlusDays(PeriodDays(period));

    /// <summary>Returns when a period ends: where a milestone that the levelled order puts at the next period's start
    /// stands (17:00, not 08:00 the next morning); the first period's start for the period before the first.</summary>
    internal LocalDateTime EndOf(int period) =>
        period < 0 ? StartOf(0) : Calendar.AddWorkingTime(StartOf(period), PeriodTime);

    private int PeriodDays(int period) => period - _start.Length + 1;

    /// <summary>Returns the date of a period.</summary>
    internal LocalDate DateOf(int period) => StartOf(period).Date;

    /// <summary>Returns the period a start at this moment falls in: the first whose end is after it.</summary>
    internal int PeriodOfStart(LocalDateTime moment)
    {
        int i = Array.BinarySearch(_end, moment);
        int at = i >= 0 ? i + 1 : ~i;
        return at < _end.Length || _end.Length == 0
            ? at
            : _end.Length + Math.Max(0, Period.DaysBetween(_end[^1].Date, moment.Date));
    }

    /// <summary>Returns the period a finish at this moment falls in: the last whose start is before it.</summary>
    internal int PeriodOfFinish(LocalDateTime moment)
    {
        int i = Array.BinarySearch(_start, moment);
        int at = (i >= 0 ? i : ~i) - 1;
        return moment > End && _start.Length > 0
            ? _start.Length - 1 + Period.DaysBetween(_start[^1].Date, moment.Date)
            : Math.Max(0, at);
    }

    /// <summary>Returns the periods a lag spans, rounded away from a shorter wait (up for a lag, down for a lead), so
    /// that the levelled order never asks for less than the calendars will.</summary>
    internal int Periods(Duration lag)
    {
        long ticks = PeriodTime.BclCompatibleTicks;
        long lagTicks = lag.BclCompatibleTicks;
        return lagTicks >= 0 ? (int)((lagTicks + ticks - 1) / ticks) : -(int)(-lagTicks / ticks);
    }
}
