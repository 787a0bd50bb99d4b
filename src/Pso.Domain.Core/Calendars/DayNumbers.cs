using System;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain.Calendars;

/// <summary>Maps ISO dates to consecutive day numbers (0 = 0001-01-01, a Monday) and back.</summary>
internal static class DayNumbers
{
    internal const int Max = 3_652_058; // 9999-12-31

    internal static int From(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }
        Preconditions.CheckArgumentInRange(
            date.Year is >= 1 and <= 9999,
            paramName,
            date,
            "Working-time calendars cover the years 1 to 9999."
        );
        return new DateOnly(date.Year, date.Month, date.Day).DayNumber;
    }

    internal static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    internal static LocalDateTime ToDateTime(int dayNumber, long nanoOfDay) =>
        nanoOfDay == NodaConstants.NanosecondsPerDay
            ? ToDate(dayNumber + 1).AtMidnight()
            : ToDate(dayNumber).At(LocalTime.FromNanosecondsSinceMidnight(nanoOfDay));
}
