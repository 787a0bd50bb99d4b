using System;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Tests.Calendars;

/// <summary>
/// A slow, obviously correct model of working-time arithmetic that walks day by day through each day's intervals, to
/// check the fast calendar against. It uses only the public per-day view of a calendar.
/// </summary>
internal static class ReferenceCalendar
{
    public static Duration WorkingTimeBetween(WorkCalendar calendar, LocalDateTime start, LocalDateTime end)
    {
        Duration total = Duration.Zero;
        for (LocalDate date = start.Date; date <= end.Date; date = date.PlusDays(1))
        {
            foreach (WorkingInterval interval in calendar.GetWorkingDay(date).Intervals)
            {
                LocalDateTime from = date.At(interval.Start);
                LocalDateTime to = interval.EndsAtMidnight ? date.PlusDays(1).AtMidnight() : date.At(interval.End);
                LocalDateTime a = from > start ? from : start;
                LocalDateTime b = to < end ? to : end;
                if (a < b)
                {
                    total += Period.Between(a, b, PeriodUnits.Nanoseconds).ToDuration();
                }
            }
        }
        return total;
    }

    public static LocalDateTime AddWorkingTime(WorkCalendar calendar, LocalDateTime start, Duration workingTime)
    {
        Duration remaining = workingTime;
        for (LocalDate date = start.Date; ; date = date.PlusDays(1))
        {
            foreach (WorkingInterval interval in calendar.GetWorkingDay(date).Intervals)
            {
                LocalDateTime from = date.At(interval.Start);
                LocalDateTime to = interval.EndsAtMidnight ? date.PlusDays(1).AtMidnight() : date.At(interval.End);
                if (to <= start)
                {
                    continue;
                }
                LocalDateTime a = from > start ? from : start;
                Duration available = Period.Between(a, to, PeriodUnits.Nanoseconds).ToDuration();
                if (remaining <= available)
                {
                    return a.PlusNanoseconds(remaining.ToInt64Nanoseconds());
                }
                remaining -= available;
            }
            if (date.Year > 9000)
            {
                throw new InvalidOperationException("No working time.");
            }
        }
    }
}
