using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Testing;

namespace Pso.Domain.Tests.Calendars;

public class WorkCalendarProperties
{
    [SeededProperty]
    public bool Working_time_between_a_start_and_the_result_of_adding_is_what_was_added(
        WorkCalendar calendar,
        LocalDateTime start,
        WorkingTimeSpan span
    ) => calendar.WorkingTimeBetween(start, calendar.AddWorkingTime(start, span.Value)) == span.Value;

    [SeededProperty]
    public bool Working_time_between_the_result_of_subtracting_and_the_end_is_what_was_subtracted(
        WorkCalendar calendar,
        LocalDateTime end,
        WorkingTimeSpan span
    ) => calendar.WorkingTimeBetween(calendar.SubtractWorkingTime(end, span.Value), end) == span.Value;

    [SeededProperty]
    public bool Subtracting_undoes_adding_from_the_next_working_moment(
        WorkCalendar calendar,
        LocalDateTime start,
        WorkingTimeSpan span
    ) =>
        calendar.SubtractWorkingTime(calendar.AddWorkingTime(start, span.Value), span.Value)
        == calendar.NextWorkingMoment(start);

    [SeededProperty]
    public bool Adding_undoes_subtracting_to_the_previous_working_moment(
        WorkCalendar calendar,
        LocalDateTime end,
        WorkingTimeSpan span
    ) =>
        calendar.AddWorkingTime(calendar.SubtractWorkingTime(end, span.Value), span.Value)
        == calendar.PreviousWorkingMoment(end);

    [SeededProperty]
    public bool Adding_agrees_with_a_day_by_day_walk(
        WorkCalendar calendar,
        LocalDateTime start,
        WorkingTimeSpan span
    ) =>
        span.Value > Duration.FromHours(3000)
        || calendar.AddWorkingTime(start, span.Value) == ReferenceCalendar.AddWorkingTime(calendar, start, span.Value);

    [SeededProperty]
    public bool Working_time_between_agrees_with_a_day_by_day_walk(
        WorkCalendar calendar,
        LocalDateTime a,
        LocalDateTime b
    )
    {
        (LocalDateTime start, LocalDateTime end) = a <= b ? (a, b) : (b, a);
        return calendar.WorkingTimeBetween(start, end) == ReferenceCalendar.WorkingTimeBetween(calendar, start, end);
    }

    [SeededProperty]
    public bool Working_days_and_time_of_a_range_add_up_its_days(WorkCalendar calendar, LocalDateTime from, byte length)
    {
        var dates = new DateInterval(from.Date, from.Date.PlusDays(length));
        WorkingDay[] days = [.. dates.Select(calendar.GetWorkingDay)];
        return calendar.WorkingDays(dates) == days.Count(d => d.IsWorkingDay)
            && calendar.WorkingTime(dates) == days.Aggregate(Duration.Zero, (sum, d) => sum + d.WorkingTime);
    }

    [SeededProperty]
    public bool Next_working_moment_is_working_time_and_nothing_before_it_is(
        WorkCalendar calendar,
        LocalDateTime moment
    )
    {
        LocalDateTime next = calendar.NextWorkingMoment(moment);
        return next >= moment && calendar.IsWorking(next) && calendar.WorkingTimeBetween(moment, next) == Duration.Zero;
    }

    [SeededProperty]
    public bool A_derived_calendar_equals_its_base_except_on_its_own_overrides(
        DerivedCalendar pair,
        LocalDateTime moment
    )
    {
        LocalDate date = moment.Date;
        WorkCalendar derived = pair.Derived;
        WorkCalendar baseCalendar = pair.Base;
        CalendarException? own = derived.Exceptions.FirstOrDefault(e => e.Dates.Contains(date));
        CalendarException? inherited = baseCalendar.Exceptions.FirstOrDefault(e => e.Dates.Contains(date));
        WorkingDay expected = own?.WorkingTime
            ?? inherited?.WorkingTime
            ?? (
                derived.WeekDayOverrides.TryGetValue(date.DayOfWeek, out WorkingDay? day)
                    ? day
                    : baseCalendar.GetWorkingDay(date)
            );
        bool untouched =
            own is null && (inherited is not null || !derived.WeekDayOverrides.ContainsKey(date.DayOfWeek));
        return derived.GetWorkingDay(date).Equals(expected)
            && (!untouched || derived.GetWorkingDay(date).Equals(baseCalendar.GetWorkingDay(date)));
    }

    [SeededProperty]
    public Property Zoned_adding_then_measuring_gives_back_the_working_time(
        WorkCalendar calendar,
        WorkingTimeSpan span
    ) =>
        Prop.ForAll(
            Gen.Elements("Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC").ToArbitrary(),
            Gen.Choose(0, 3 * 365 * 24)
                .Select(h => Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromHours(h) + Duration.FromMinutes(h % 60))
                .ToArbitrary(),
            (zoneId, start) =>
            {
                ZonedWorkCalendar zoned = calendar.InZone(DateTimeZoneProviders.Tzdb[zoneId]);
                Instant end = zoned.AddWorkingTime(start, span.Value);
                return zoned.WorkingTimeBetween(start, end) == span.Value
                    && zoned.WorkingTimeBetween(zoned.SubtractWorkingTime(end, span.Value), end) == span.Value;
            }
        );
}
