using System;
using System.Collections.Generic;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Benchmarks.Core;

/// <summary>Calendars shared by the benchmarks, built from a seed so every run measures the same thing.</summary>
public static class BenchmarkCalendars
{
    /// <summary>The standard week with the given number of one-day holidays a year on random weekdays, 2020 to
    /// 2040.</summary>
    public static WorkCalendar WithHolidays(int perYear, int seed)
    {
        var random = new Random(seed);
        var exceptions = new List<CalendarException>();
        for (int year = 2020; year <= 2040; year++)
        {
            var days = new SortedSet<LocalDate>();
            while (days.Count < perYear)
            {
                LocalDate day = new LocalDate(year, 1, 1).PlusDays(random.Next(365));
                if (day.DayOfWeek < IsoDayOfWeek.Saturday)
                {
                    days.Add(day);
                }
            }
            foreach (LocalDate day in days)
            {
                exceptions.Add(CalendarException.Holiday(day));
            }
        }
        return new WorkCalendar(new CalendarId("bench"), WorkWeek.Standard, exceptions);
    }
}
