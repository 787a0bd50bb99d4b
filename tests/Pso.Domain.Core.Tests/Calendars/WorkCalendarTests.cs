using System;
using System.Collections.Generic;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;

namespace Pso.Domain.Tests.Calendars;

public class WorkCalendarTests
{
    // 2026-11-23 is a Monday.
    private static readonly LocalDate Monday = new(2026, 11, 23);
    private static readonly WorkCalendar Standard = WorkCalendar.Standard;

    private static LocalDateTime At(LocalDate date, int hour, int minute = 0) => date.At(new LocalTime(hour, minute));

    [Theory]
    [InlineData(4, 0, 12, 0)]
    [InlineData(5, 0, 14, 0)]
    [InlineData(8, 0, 17, 0)]
    [InlineData(9, 1, 9, 0)]
    [InlineData(40, 4, 17, 0)]
    [InlineData(41, 7, 9, 0)]
    public void Adding_working_time_on_a_split_day_skips_lunch_nights_and_weekends(
        int hours,
        int days,
        int hour,
        int minute
    )
    {
        LocalDateTime finish = Standard.AddWorkingTime(At(Monday, 8), Duration.FromHours(hours));

        Assert.Equal(At(Monday.PlusDays(days), hour, minute), finish);
    }

    [Fact]
    public void Adding_ends_at_the_earliest_moment_and_subtracting_at_the_latest()
    {
        Assert.Equal(At(Monday, 12), Standard.AddWorkingTime(At(Monday, 8), Duration.FromHours(4)));
        Assert.Equal(At(Monday, 13), Standard.SubtractWorkingTime(At(Monday, 17), Duration.FromHours(4)));
        Assert.Equal(At(Monday, 17), Standard.AddWorkingTime(At(Monday, 13), Duration.FromHours(4)));
        Assert.Equal(At(Monday, 8), Standard.SubtractWorkingTime(At(Monday.PlusDays(1), 8), Duration.FromHours(8)));
    }

    [Fact]
    public void Zero_working_time_leaves_the_moment_unchanged_and_negative_time_goes_the_other_way()
    {
        Assert.Equal(At(Monday, 12, 30), Standard.AddWorkingTime(At(Monday, 12, 30), Duration.Zero));
        Assert.Equal(At(Monday, 9), Standard.AddWorkingTime(At(Monday, 17), Duration.FromHours(-7)));
        Assert.Equal(At(Monday, 17), Standard.SubtractWorkingTime(At(Monday, 9), Duration.FromHours(-7)));
    }

    [Fact]
    public void Working_time_between_counts_only_working_intervals()
    {
        Assert.Equal(Duration.FromHours(8), Standard.WorkingTimeBetween(At(Monday, 10), At(Monday.PlusDays(1), 10)));
        Assert.Equal(Duration.FromHours(3), Standard.WorkingTimeBetween(At(Monday, 11), At(Monday, 15)));
        Assert.Equal(Duration.FromHours(-3), Standard.WorkingTimeBetween(At(Monday, 15), At(Monday, 11)));
        Assert.Equal(Duration.FromHours(40), Standard.WorkingTimeBetween(At(Monday, 0), At(Monday.PlusDays(7), 0)));
        Assert.Equal(Duration.Zero, Standard.WorkingTimeBetween(At(Monday, 12), At(Monday, 13)));
    }

    [Fact]
    public void Interval_starts_are_working_time_and_ends_are_not()
    {
        Assert.True(Standard.IsWorking(At(Monday, 8)));
        Assert.True(Standard.IsWorking(At(Monday, 11, 59)));
        Assert.False(Standard.IsWorking(At(Monday, 12)));
        Assert.False(Standard.IsWorking(At(Monday, 12, 30)));
        Assert.True(Standard.IsWorking(At(Monday, 13)));
        Assert.False(Standard.IsWorking(At(Monday, 17)));
        Assert.False(Standard.IsWorking(At(Monday.PlusDays(5), 10)));
    }

    [Fact]
    public void Next_and_previous_working_moments_find_where_tasks_start_and_finish()
    {
        Assert.Equal(At(Monday, 13), Standard.NextWorkingMoment(At(Monday, 12, 30)));
        Assert.Equal(At(Monday, 10), Standard.NextWorkingMoment(At(Monday, 10)));
        Assert.Equal(At(Monday.PlusDays(7), 8), Standard.NextWorkingMoment(At(Monday.PlusDays(5), 10)));
        Assert.Equal(At(Monday, 12), Standard.PreviousWorkingMoment(At(Monday, 12, 30)));
        Assert.Equal(At(Monday, 17), Standard.PreviousWorkingMoment(At(Monday, 17)));
        Assert.Equal(At(Monday.PlusDays(-3), 17), Standard.PreviousWorkingMoment(At(Monday, 7)));
    }

    [Fact]
    public void A_holiday_on_a_Monday_moves_work_to_Tuesday()
    {
        // The UK's spring bank holiday 2026 is Monday 25 May.
        var calendar = new WorkCalendar(
            new CalendarId("uk"),
            WorkWeek.Standard,
            [CalendarException.Holiday(new LocalDate(2026, 5, 25), "Spring bank holiday")]
        );
        LocalDate friday = new(2026, 5, 22);

        Assert.Equal(
            At(new LocalDate(2026, 5, 26), 12),
            calendar.AddWorkingTime(At(friday, 13), Duration.FromHours(8))
        );
        Assert.Equal(
            At(friday, 13),
            calendar.SubtractWorkingTime(At(new LocalDate(2026, 5, 26), 12), Duration.FromHours(8))
        );
        Assert.Equal(9, calendar.WorkingDays(new DateInterval(new LocalDate(2026, 5, 18), new LocalDate(2026, 5, 31))));
        Assert.Equal(
            Duration.FromHours(72),
            calendar.WorkingTime(new DateInterval(new LocalDate(2026, 5, 18), new LocalDate(2026, 5, 31)))
        );
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 5, 25)));
        Assert.Equal(At(new LocalDate(2026, 5, 26), 8), calendar.NextWorkingMoment(At(new LocalDate(2026, 5, 23), 9)));
    }

    [Fact]
    public void A_24_hour_calendar_counts_every_moment()
    {
        WorkCalendar calendar = WorkCalendar.TwentyFourHours;

        Assert.Equal(At(Monday.PlusDays(1), 12), calendar.AddWorkingTime(At(Monday, 0), Duration.FromHours(36)));
        Assert.Equal(At(Monday.PlusDays(1), 0), calendar.AddWorkingTime(At(Monday, 0), Duration.FromHours(24)));
        Assert.Equal(
            Duration.FromHours(24 * 365),
            calendar.WorkingTimeBetween(At(new LocalDate(2025, 1, 1), 0), At(new LocalDate(2026, 1, 1), 0))
        );
        Assert.True(calendar.IsWorking(At(Monday.PlusDays(6), 23, 59)));
        Assert.Equal(At(Monday, 0), calendar.SubtractWorkingTime(At(Monday.PlusDays(1), 12), Duration.FromHours(36)));
    }

    [Fact]
    public void Changed_hours_and_extra_working_days_apply_on_their_dates()
    {
        LocalDate saturday = Monday.PlusDays(5);
        var calendar = new WorkCalendar(
            new CalendarId("busy"),
            WorkWeek.Standard,
            [
                CalendarException.Working(saturday, WorkingDay.Parse("09:00-13:00"), "Release weekend"),
                new CalendarException(
                    new DateInterval(Monday, Monday.PlusDays(1)),
                    WorkingDay.Parse("10:00-12:00"),
                    "Short days"
                ),
            ]
        );

        Assert.Equal(Duration.FromHours(2), calendar.GetWorkingDay(Monday).WorkingTime);
        Assert.Equal(At(Monday.PlusDays(1), 11), calendar.AddWorkingTime(At(Monday, 8), Duration.FromHours(3)));
        Assert.Equal(At(saturday, 11), calendar.AddWorkingTime(At(Monday.PlusDays(4), 17), Duration.FromHours(2)));
        Assert.Equal(6, calendar.WorkingDays(new DateInterval(Monday, Monday.PlusDays(6))));
    }

    [Fact]
    public void A_derived_calendar_inherits_the_base_and_overrides_a_few_days()
    {
        LocalDate holiday = new(2026, 12, 25); // a Friday
        var project = new WorkCalendar(
            new CalendarId("project"),
            WorkWeek.Standard,
            [CalendarException.Holiday(holiday, "Christmas Day")]
        );
        WorkCalendar alice = project.Derive(
            new CalendarId("alice"),
            [CalendarException.NonWorking(new DateInterval(Monday, Monday.PlusDays(1)), "Leave")],
            new Dictionary<IsoDayOfWeek, WorkingDay> { [IsoDayOfWeek.Friday] = WorkingDay.Parse("08:00-12:00") }
        );

        Assert.Same(project, alice.Base);
        Assert.False(alice.IsWorkingDay(Monday));
        Assert.True(project.IsWorkingDay(Monday));
        Assert.Equal(Duration.FromHours(4), alice.GetWorkingDay(Monday.PlusDays(4)).WorkingTime);
        Assert.False(alice.IsWorkingDay(holiday));
        Assert.Equal(project.GetWorkingDay(Monday.PlusDays(2)), alice.GetWorkingDay(Monday.PlusDays(2)));
        Assert.Equal(Duration.FromHours(20), alice.WorkingTime(new DateInterval(Monday, Monday.PlusDays(6))));
    }

    [Fact]
    public void A_calendar_without_working_time_reports_it_instead_of_looping()
    {
        var never = new WorkCalendar(new CalendarId("never"), WorkWeek.NonWorking);

        NoWorkingTimeException error = Assert.Throws<NoWorkingTimeException>(() =>
            never.AddWorkingTime(At(Monday, 8), Duration.FromHours(1))
        );
        Assert.Equal(ErrorCodes.NoWorkingTime, error.Code);
        Assert.Equal(new CalendarId("never"), error.Calendar);
        Assert.True(error.Forward);
        Assert.Throws<NoWorkingTimeException>(() => never.SubtractWorkingTime(At(Monday, 8), Duration.FromHours(1)));
        Assert.Throws<NoWorkingTimeException>(() => never.NextWorkingMoment(At(Monday, 8)));
        Assert.Throws<NoWorkingTimeException>(() => never.PreviousWorkingMoment(At(Monday, 8)));
        Assert.Equal(
            Duration.Zero,
            never.WorkingTimeBetween(At(new LocalDate(1, 1, 1), 0), At(new LocalDate(9999, 12, 31), 0))
        );
    }

    [Fact]
    public void A_single_working_exception_in_an_idle_calendar_is_found_from_afar()
    {
        LocalDate only = new(2030, 6, 3);
        var calendar = new WorkCalendar(
            new CalendarId("once"),
            WorkWeek.NonWorking,
            [CalendarException.Working(only, WorkingDay.Standard)]
        );

        Assert.Equal(At(only, 17), calendar.AddWorkingTime(At(new LocalDate(2020, 1, 1), 0), Duration.FromHours(8)));
        Assert.Equal(
            At(only, 8),
            calendar.SubtractWorkingTime(At(new LocalDate(2040, 1, 1), 0), Duration.FromHours(8))
        );
        Assert.Equal(At(only, 8), calendar.NextWorkingMoment(At(new LocalDate(2020, 1, 1), 0)));
        Assert.Equal(At(only, 17), calendar.PreviousWorkingMoment(At(new LocalDate(2040, 1, 1), 0)));
        Assert.Throws<NoWorkingTimeException>(() =>
            calendar.AddWorkingTime(At(new LocalDate(2020, 1, 1), 0), Duration.FromHours(8) + Duration.Epsilon)
        );
    }

    [Fact]
    public void Overlapping_exceptions_are_rejected_with_both_named()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            new WorkCalendar(
                new CalendarId("bad"),
                WorkWeek.Standard,
                [
                    CalendarException.NonWorking(new DateInterval(Monday, Monday.PlusDays(3)), "Shutdown"),
                    CalendarException.Holiday(Monday.PlusDays(2), "Holiday"),
                ]
            )
        );

        ValidationError only = Assert.Single(error.Errors);
        Assert.Equal(ErrorCodes.CalendarExceptionOverlap, only.Code);
        Assert.Equal("bad", only.Location.RecordId);
        Assert.Contains("Shutdown", only.Message, StringComparison.Ordinal);
        Assert.Contains("Holiday", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_outside_the_years_1_to_9999_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Standard.IsWorkingDay(new LocalDate(0, 12, 31)));
    }

    [Fact]
    public void Sub_minute_precision_is_kept()
    {
        LocalDateTime start = At(Monday, 8).PlusNanoseconds(123);
        Duration span = Duration.FromHours(30) + Duration.FromNanoseconds(77);

        LocalDateTime finish = Standard.AddWorkingTime(start, span);

        Assert.Equal(At(Monday.PlusDays(3), 15).PlusNanoseconds(200), finish);
        Assert.Equal(span, Standard.WorkingTimeBetween(start, finish));
    }

    [Fact]
    public void Five_years_of_working_time_match_a_day_by_day_count()
    {
        var holidays = new List<CalendarException>();
        for (LocalDate d = new(2026, 1, 5); d.Year < 2032; d = d.PlusDays(7))
        {
            holidays.Add(CalendarException.Holiday(d, "Monday off"));
        }
        var calendar = new WorkCalendar(new CalendarId("mondays-off"), WorkWeek.Standard, holidays);
        LocalDateTime start = At(new LocalDate(2026, 1, 1), 8);
        Duration fiveYears = Duration.FromHours(32 * 52 * 5);

        LocalDateTime finish = calendar.AddWorkingTime(start, fiveYears);

        Assert.Equal(fiveYears, ReferenceCalendar.WorkingTimeBetween(calendar, start, finish));
        Assert.Equal(finish, ReferenceCalendar.AddWorkingTime(calendar, start, fiveYears));
    }

    [Fact]
    public void Cumulative_working_time_and_days_agree_with_each_day_over_three_years()
    {
        LocalDate origin = new(2025, 12, 29);
        var baseCalendar = new WorkCalendar(
            new CalendarId("base"),
            WorkWeek.Standard.With(IsoDayOfWeek.Saturday, WorkingDay.Parse("09:00-13:00")),
            [
                CalendarException.NonWorking(
                    new DateInterval(new LocalDate(2026, 12, 21), new LocalDate(2027, 1, 3)),
                    "Shutdown"
                ),
                new CalendarException(
                    new DateInterval(new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 31)),
                    WorkingDay.Parse("07:00-15:00"),
                    "Summer hours"
                ),
                CalendarException.Holiday(new LocalDate(2027, 4, 5)),
                new CalendarException(
                    new DateInterval(new LocalDate(2028, 2, 26), new LocalDate(2028, 3, 5)),
                    WorkingDay.AllDay,
                    "Cut-over"
                ),
            ]
        );
        WorkCalendar derived = baseCalendar.Derive(
            new CalendarId("derived"),
            [
                CalendarException.NonWorking(
                    new DateInterval(new LocalDate(2026, 7, 20), new LocalDate(2026, 8, 7)),
                    "Leave"
                ),
                CalendarException.Working(new LocalDate(2027, 1, 2), WorkingDay.Standard, "On call"),
            ],
            new Dictionary<IsoDayOfWeek, WorkingDay> { [IsoDayOfWeek.Wednesday] = WorkingDay.NonWorking }
        );

        foreach (WorkCalendar calendar in new[] { baseCalendar, derived })
        {
            Duration time = Duration.Zero;
            int days = 0;
            for (LocalDate date = origin; date < origin.PlusDays(3 * 366); date = date.PlusDays(1))
            {
                WorkingDay day = calendar.GetWorkingDay(date);
                time += day.WorkingTime;
                days += day.IsWorkingDay ? 1 : 0;
                var range = new DateInterval(origin, date);
                Assert.Equal(time, calendar.WorkingTime(range));
                Assert.Equal(days, calendar.WorkingDays(range));
            }
        }
    }
}
