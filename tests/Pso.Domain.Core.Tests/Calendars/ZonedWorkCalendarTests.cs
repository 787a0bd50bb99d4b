using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Tests.Calendars;

public class ZonedWorkCalendarTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static Instant Local(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        zone.AtLeniently(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    [Fact]
    public void London_spring_forward_day_has_23_working_hours_on_a_24_hour_calendar()
    {
        ZonedWorkCalendar calendar = WorkCalendar.TwentyFourHours.InZone(London);

        Duration day = calendar.WorkingTimeBetween(Local(London, 2026, 3, 29, 0), Local(London, 2026, 3, 30, 0));

        Assert.Equal(Duration.FromHours(23), day);
    }

    [Fact]
    public void London_fall_back_day_has_25_working_hours_on_a_24_hour_calendar()
    {
        ZonedWorkCalendar calendar = WorkCalendar.TwentyFourHours.InZone(London);

        Assert.Equal(
            Duration.FromHours(25),
            calendar.WorkingTimeBetween(Local(London, 2026, 10, 25, 0), Local(London, 2026, 10, 26, 0))
        );
        Assert.Equal(
            Local(London, 2026, 10, 25, 23),
            calendar.AddWorkingTime(Local(London, 2026, 10, 25, 0), Duration.FromHours(24))
        );
        Assert.Equal(
            Local(London, 2026, 10, 25, 0),
            calendar.SubtractWorkingTime(Local(London, 2026, 10, 25, 23), Duration.FromHours(24))
        );
    }

    [Fact]
    public void Office_hours_are_not_affected_by_a_change_at_night()
    {
        ZonedWorkCalendar calendar = WorkCalendar.Standard.InZone(London);
        Instant friday8 = Local(London, 2026, 3, 27, 8);

        Assert.Equal(Duration.FromHours(16), calendar.WorkingTimeBetween(friday8, Local(London, 2026, 3, 30, 17)));
        Assert.Equal(Local(London, 2026, 3, 30, 17), calendar.AddWorkingTime(friday8, Duration.FromHours(16)));
        Assert.Equal(friday8, calendar.SubtractWorkingTime(Local(London, 2026, 3, 30, 17), Duration.FromHours(16)));
    }

    [Fact]
    public void A_New_York_night_shift_works_7_real_hours_on_the_night_clocks_go_back()
    {
        // 2026-11-01: 02:00 EDT becomes 01:00 EST, so 00:00-06:00 on the wall clock lasts seven hours.
        WorkCalendar nights = new(
            new CalendarId("nights"),
            WorkWeek.Uniform(WorkingDay.Parse("00:00-06:00, 22:00-24:00"), IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday)
        );
        ZonedWorkCalendar calendar = nights.InZone(NewYork);
        Instant start = Local(NewYork, 2026, 11, 1, 0);
        Instant end = Local(NewYork, 2026, 11, 1, 6);

        Assert.Equal(Duration.FromHours(7), end - start);
        Assert.Equal(Duration.FromHours(7), calendar.WorkingTimeBetween(start, end));
        Assert.Equal(end, calendar.AddWorkingTime(start, Duration.FromHours(7)));
        Assert.Equal(start, calendar.SubtractWorkingTime(end, Duration.FromHours(7)));
        Assert.Equal(
            Duration.FromHours(7),
            nights.WorkingTimeBetween(calendar.ToLocal(start), calendar.ToLocal(end)) + Duration.FromHours(1)
        );
    }

    [Fact]
    public void A_New_York_24_hour_calendar_loses_an_hour_in_March()
    {
        ZonedWorkCalendar calendar = WorkCalendar.TwentyFourHours.InZone(NewYork);

        Assert.Equal(
            Duration.FromHours(23),
            calendar.WorkingTimeBetween(Local(NewYork, 2026, 3, 8, 0), Local(NewYork, 2026, 3, 9, 0))
        );
        Assert.Equal(
            Duration.FromHours(24 * 365),
            calendar.WorkingTimeBetween(Local(NewYork, 2026, 1, 1, 0), Local(NewYork, 2027, 1, 1, 0))
        );
    }

    [Fact]
    public void Skipped_local_times_map_forward_and_repeated_ones_to_their_first_occurrence()
    {
        ZonedWorkCalendar calendar = WorkCalendar.TwentyFourHours.InZone(London);

        Assert.Equal(Local(London, 2026, 3, 29, 2, 30), calendar.ToInstant(new LocalDateTime(2026, 3, 29, 1, 30)));
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), calendar.ToInstant(new LocalDateTime(2026, 10, 25, 1, 30)));
        Assert.True(calendar.IsWorking(Instant.FromUtc(2026, 10, 25, 1, 30)));
    }
}
