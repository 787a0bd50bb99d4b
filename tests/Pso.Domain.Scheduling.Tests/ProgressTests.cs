using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Scheduling.Tests;

public class ProgressTests
{
    // Monday 23 November 2026 on the standard calendar.
    private static readonly LocalDate Monday = new(2026, 11, 23);
    private static readonly CpmScheduler Scheduler = new();

    private static LocalDateTime At(int day, int hour) => Monday.PlusDays(day).At(new LocalTime(hour, 0));

    private static Activity Task(string id, int days) => new(new ActivityId(id), id, Duration.FromHours(8 * days));

    private static Dependency Link(string from, string to) => new(new ActivityId(from), new ActivityId(to));

    private static ScheduleResult Schedule(
        Activity[] activities,
        Dependency[] links,
        LocalDateTime? statusDate = null
    ) =>
        Scheduler.Schedule(
            new Project(
                new ProjectId("P"),
                "P",
                WorkCalendar.Standard,
                At(0, 8),
                activities,
                links,
                statusDate: statusDate
            )
        );

    [Fact]
    public void A_finished_activity_keeps_its_actual_dates_and_is_never_critical()
    {
        Activity done = Task("A", 3) with { ActualStart = At(0, 8), ActualFinish = At(1, 17), PercentComplete = 100m };

        ScheduleResult result = Schedule([done, Task("B", 1)], [Link("A", "B")]);

        Assert.Equal(At(1, 17), result[new ActivityId("A")].EarlyFinish);
        Assert.Equal(At(2, 8), result[new ActivityId("B")].EarlyStart);
        Assert.False(result[new ActivityId("A")].IsCritical);
        Assert.Equal(Duration.Zero, result[new ActivityId("A")].TotalFloat);
        Assert.Equal(["B"], result.CriticalPath.Select(a => a.Value));
    }

    [Fact]
    public void The_rest_of_a_started_activity_resumes_at_the_status_date()
    {
        // Half of four days was done by Tuesday evening; the status date is Thursday morning.
        Activity started = Task("A", 4) with { ActualStart = At(0, 8), PercentComplete = 50m };

        ScheduleResult result = Schedule([started, Task("B", 1), Task("C", 1)], [Link("A", "B")], statusDate: At(3, 8));

        Assert.Equal(At(0, 8), result[new ActivityId("A")].EarlyStart);
        Assert.Equal(At(4, 17), result[new ActivityId("A")].EarlyFinish);
        Assert.Equal(At(7, 8), result[new ActivityId("B")].EarlyStart);
        Assert.Equal(At(3, 8), result[new ActivityId("C")].EarlyStart);
    }

    [Fact]
    public void A_reported_remaining_duration_wins_over_the_percentage()
    {
        Activity started = Task("A", 4) with
        {
            ActualStart = At(0, 8),
            PercentComplete = 50m,
            RemainingDuration = Duration.FromHours(8),
        };

        ScheduleResult result = Schedule([started], []);

        // Three of four days are done (the duration less what remains), one remains: Monday to Thursday.
        Assert.Equal(At(3, 17), result[new ActivityId("A")].EarlyFinish);
    }

    [Fact]
    public void Out_of_sequence_progress_keeps_its_actual_start()
    {
        Activity early = Task("B", 2) with { ActualStart = At(1, 8) };

        ScheduleResult result = Schedule([Task("A", 3), early], [Link("A", "B")]);

        Assert.Equal(At(1, 8), result[new ActivityId("B")].EarlyStart);
        Assert.Equal(At(2, 17), result[new ActivityId("B")].EarlyFinish);
    }

    [Fact]
    public void Inconsistent_progress_is_reported_per_activity()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            Schedule(
                [
                    Task("A", 1) with
                    {
                        ActualFinish = At(0, 17),
                    },
                    Task("B", 1) with
                    {
                        ActualStart = At(1, 8),
                        ActualFinish = At(0, 17),
                    },
                    Task("C", 1) with
                    {
                        PercentComplete = 120m,
                    },
                    Task("D", 1) with
                    {
                        RemainingDuration = Duration.FromHours(-1),
                    },
                ],
                []
            )
        );

        Assert.Equal(["A", "B", "C", "D"], error.Errors.Select(e => e.Location.RecordId));
        Assert.All(error.Errors, e => Assert.Equal(SchedulingErrorCodes.InvalidProgress, e.Code));
    }

    [Fact]
    public void A_started_successor_of_a_satisfied_link_leaves_its_predecessor_no_negative_float()
    {
        // A and B start to start with a 16-hour lag, both started on time: the link is met. As in Microsoft Project,
        // B's late start is its late finish less its duration, not its actual start, so A keeps its float (it was -64
        // h).
        Activity a = Task("A", 10) with { ActualStart = At(0, 8), PercentComplete = 20m };
        Activity b = Task("B", 5) with { ActualStart = At(2, 8), PercentComplete = 20m };
        var link = new Dependency(
            new ActivityId("A"),
            new ActivityId("B"),
            DependencyType.StartToStart,
            Lag.Working(Duration.FromHours(16))
        );

        ScheduleResult result = Schedule([a, b], [link], statusDate: At(3, 8));

        Assert.True(
            result[new ActivityId("A")].TotalFloat >= Duration.Zero,
            $"A: {result[new ActivityId("A")].TotalFloat}"
        );
        Assert.True(
            result[new ActivityId("B")].TotalFloat >= Duration.Zero,
            $"B: {result[new ActivityId("B")].TotalFloat}"
        );
        Assert.DoesNotContain(result.Warnings, w => w.Code == SchedulingErrorCodes.NegativeFloat);
        // B finishes before A: its own float is its finish float.
        ActivitySchedule scheduleOfB = result[new ActivityId("B")];
        Assert.Equal(
            WorkCalendar.Standard.WorkingTimeBetween(scheduleOfB.EarlyFinish, scheduleOfB.LateFinish),
            scheduleOfB.TotalFloat
        );
        Assert.True(scheduleOfB.TotalFloat > Duration.Zero);
    }
}
