using System.Threading.Tasks;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Testing;

namespace Pso.Domain.Tests.Calendars;

public class WorkingTimeLineTests
{
    private static readonly LocalDate Monday = new(2026, 11, 23);

    private static Duration Ticks(Duration d) => Duration.FromTicks(d.BclCompatibleTicks);

    [Fact]
    public void Positions_count_working_time_from_the_origin()
    {
        var line = new WorkingTimeLine(WorkCalendar.Standard, Monday);

        Assert.Equal(0, line.PositionOf(Monday.At(new LocalTime(8, 0))));
        Assert.Equal(Duration.FromHours(4).BclCompatibleTicks, line.PositionOf(Monday.At(new LocalTime(12, 30))));
        Assert.Equal(Duration.FromHours(40).BclCompatibleTicks, line.PositionOf(Monday.PlusDays(7).AtMidnight()));
        Assert.Equal(
            -Duration.FromHours(8).BclCompatibleTicks,
            line.PositionOf(Monday.PlusDays(-3).At(new LocalTime(8, 0)))
        );
    }

    [Fact]
    public void A_position_between_two_days_starts_the_next_morning_and_finishes_the_evening_before()
    {
        var line = new WorkingTimeLine(WorkCalendar.Standard, Monday);
        long endOfMonday = Duration.FromHours(8).BclCompatibleTicks;

        Assert.Equal(Monday.PlusDays(1).At(new LocalTime(8, 0)), line.StartAt(endOfMonday));
        Assert.Equal(Monday.At(new LocalTime(17, 0)), line.FinishAt(endOfMonday));
        Assert.Equal(Monday.At(new LocalTime(13, 0)), line.StartAt(Duration.FromHours(4).BclCompatibleTicks));
        Assert.Equal(Monday.At(new LocalTime(12, 0)), line.FinishAt(Duration.FromHours(4).BclCompatibleTicks));
    }

    [Fact]
    public void The_line_grows_far_in_both_directions()
    {
        var line = new WorkingTimeLine(WorkCalendar.Standard, Monday);
        LocalDateTime far = new(2090, 6, 1, 10, 0);
        LocalDateTime past = new(1950, 6, 1, 10, 0);

        Assert.Equal(far, line.StartAt(line.PositionOf(far)));
        Assert.Equal(past, line.FinishAt(line.PositionOf(past)));
    }

    [Fact]
    public void A_calendar_that_runs_out_of_work_says_so()
    {
        var once = new WorkCalendar(
            new CalendarId("once"),
            WorkWeek.NonWorking,
            [CalendarException.Working(Monday, WorkingDay.Standard)]
        );
        var line = new WorkingTimeLine(once, Monday);

        Assert.Throws<NoWorkingTimeException>(() => line.StartAt(Duration.FromHours(8).BclCompatibleTicks));
        Assert.Equal(Monday.At(new LocalTime(17, 0)), line.FinishAt(Duration.FromHours(8).BclCompatibleTicks));
    }

    [Fact]
    public void Many_threads_can_grow_the_line_at_once()
    {
        var line = new WorkingTimeLine(WorkCalendar.Standard, Monday);

        Parallel.For(0, 64, i =>
        {
            LocalDateTime moment = Monday.PlusDays((i - 32) * 400).At(new LocalTime(9, 0));
            Assert.Equal(WorkCalendar.Standard.NextWorkingMoment(moment), line.StartAt(line.PositionOf(moment)));
        });
    }

    [SeededProperty]
    public bool Start_at_the_position_of_a_moment_is_its_next_working_moment(
        WorkCalendar calendar,
        LocalDateTime origin,
        LocalDateTime moment
    )
    {
        var line = new WorkingTimeLine(calendar, origin.Date);
        return line.StartAt(line.PositionOf(moment)) == calendar.NextWorkingMoment(moment);
    }

    [SeededProperty]
    public bool Finishing_a_span_after_a_moment_matches_adding_working_time(
        WorkCalendar calendar,
        LocalDateTime moment,
        WorkingTimeSpan span
    )
    {
        Duration d = Ticks(span.Value);
        var line = new WorkingTimeLine(calendar, moment.Date.PlusDays(-17));
        return d == Duration.Zero
            || line.FinishAt(line.PositionOf(moment) + d.BclCompatibleTicks) == calendar.AddWorkingTime(moment, d);
    }

    [SeededProperty]
    public bool Differences_of_positions_are_working_time(WorkCalendar calendar, LocalDateTime a, LocalDateTime b)
    {
        var line = new WorkingTimeLine(calendar, a.Date);
        return line.PositionOf(b) - line.PositionOf(a) == calendar.WorkingTimeBetween(a, b).BclCompatibleTicks;
    }
}
