using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Scheduling.Tests;

public class CpmSchedulerTests
{
    // Monday 23 November 2026; the standard calendar works 08:00-12:00 and 13:00-17:00, Monday to Friday.
    private static readonly LocalDate Monday = new(2026, 11, 23);
    private static readonly LocalDateTime Start = Monday.At(new LocalTime(8, 0));
    private static readonly CpmScheduler Scheduler = new();

    private static LocalDateTime At(int dayOffset, int hour) => Monday.PlusDays(dayOffset).At(new LocalTime(hour, 0));

    private static Activity Task(string id, int days) => new(new ActivityId(id), id, Duration.FromHours(8 * days));

    private static Dependency Link(
        string from,
        string to,
        DependencyType type = DependencyType.FinishToStart,
        Lag lag = default
    ) => new(new ActivityId(from), new ActivityId(to), type, lag);

    private static Project Network(
        IEnumerable<Activity> activities,
        IEnumerable<Dependency> links,
        WorkCalendar? calendar = null
    ) => new(new ProjectId("P"), "Test", calendar ?? WorkCalendar.Standard, Start, activities, links);

    private static ActivitySchedule Of(ScheduleResult result, string id) => result[new ActivityId(id)];

    [Fact]
    public void A_textbook_network_has_the_known_dates_floats_and_critical_path()
    {
        // A(3d) -> B(2d) -> D(1d); A -> C(4d) -> D.
        ScheduleResult result = Scheduler.Schedule(
            Network(
                [Task("A", 3), Task("B", 2), Task("C", 4), Task("D", 1)],
                [Link("A", "B"), Link("A", "C"), Link("B", "D"), Link("C", "D")]
            )
        );

        Assert.Equal((At(0, 8), At(2, 17)), (Of(result, "A").EarlyStart, Of(result, "A").EarlyFinish));
        Assert.Equal((At(3, 8), At(4, 17)), (Of(result, "B").EarlyStart, Of(result, "B").EarlyFinish));
        Assert.Equal((At(3, 8), At(8, 17)), (Of(result, "C").EarlyStart, Of(result, "C").EarlyFinish));
        Assert.Equal((At(9, 8), At(9, 17)), (Of(result, "D").EarlyStart, Of(result, "D").EarlyFinish));
        Assert.Equal((At(7, 8), At(8, 17)), (Of(result, "B").LateStart, Of(result, "B").LateFinish));
        Assert.Equal(Duration.FromHours(16), Of(result, "B").TotalFloat);
        Assert.Equal(Duration.FromHours(16), Of(result, "B").FreeFloat);
        Assert.All(new[] { "A", "C", "D" }, id => Assert.Equal(Duration.Zero, Of(result, id).TotalFloat));
        Assert.Equal(["A", "C", "D"], result.CriticalPath.Select(a => a.Value));
        Assert.Equal(At(9, 17), result.Finish);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_no_earlier_than_date_before_the_project_start_takes_its_place(bool onTimeLine)
    {
        // As in Microsoft Project: the project starts Monday, yet "start no earlier than" last Wednesday starts there;
        // unconstrained tasks (its successor too) and a later constraint still respect the project start.
        var scheduler = new CpmScheduler(null, onTimeLine);
        ScheduleResult result = scheduler.Schedule(
            Network(
                [
                    Task("early", 1) with
                    {
                        Constraint = ScheduleConstraint.On(ConstraintType.StartNoEarlierThan, At(-5, 8)),
                    },
                    Task("finish-early", 1) with
                    {
                        Constraint = ScheduleConstraint.On(ConstraintType.FinishNoEarlierThan, At(-4, 17)),
                    },
                    Task("plain", 1),
                    Task("late", 1) with
                    {
                        Constraint = ScheduleConstraint.On(ConstraintType.StartNoEarlierThan, At(1, 8)),
                    },
                    Task("after-early", 1),
                ],
                [Link("early", "after-early")]
            )
        );

        Assert.Equal(At(-5, 8), Of(result, "early").EarlyStart);
        Assert.Equal(At(-4, 8), Of(result, "finish-early").EarlyStart);
        Assert.Equal(At(0, 8), Of(result, "after-early").EarlyStart);
        Assert.Equal(At(0, 8), Of(result, "plain").EarlyStart);
        Assert.Equal(At(1, 8), Of(result, "late").EarlyStart);
    }

    [Fact]
    public void Free_float_is_what_an_activity_can_slip_without_moving_a_successor()
    {
        // X(1d) -> Z; Y(3d) -> Z; W(1d) -> V(1d) alone: X can slip 2 days before Z moves.
        ScheduleResult result = Scheduler.Schedule(
            Network(
                [Task("X", 1), Task("Y", 3), Task("Z", 1), Task("W", 1), Task("V", 1)],
                [Link("X", "Z"), Link("Y", "Z"), Link("W", "V")]
            )
        );

        Assert.Equal(Duration.FromHours(16), Of(result, "X").FreeFloat);
        Assert.Equal(Duration.FromHours(16), Of(result, "X").TotalFloat);
        Assert.Equal(Duration.Zero, Of(result, "W").FreeFloat);
        Assert.Equal(Duration.FromHours(16), Of(result, "W").TotalFloat);
        Assert.Equal(Duration.FromHours(16), Of(result, "V").FreeFloat);
    }

    [Theory]
    [InlineData(DependencyType.FinishToStart, 0, 3, 8)]
    [InlineData(DependencyType.FinishToStart, 8, 4, 8)]
    [InlineData(DependencyType.FinishToStart, -8, 2, 8)]
    [InlineData(DependencyType.StartToStart, 0, 0, 8)]
    [InlineData(DependencyType.StartToStart, 4, 0, 13)]
    [InlineData(DependencyType.FinishToFinish, 0, 1, 8)]
    [InlineData(DependencyType.FinishToFinish, -8, 0, 8)]
    [InlineData(DependencyType.StartToFinish, 16, 0, 8)]
    public void Each_link_type_with_lags_and_leads_places_a_two_day_successor(
        DependencyType type,
        int lagHours,
        int startDay,
        int startHour
    )
    {
        // The predecessor P runs three days, Monday 08:00 to Wednesday 17:00.
        ScheduleResult result = Scheduler.Schedule(
            Network([Task("P", 3), Task("S", 2)], [Link("P", "S", type, Lag.Working(Duration.FromHours(lagHours)))])
        );

        Assert.Equal(At(startDay, startHour), Of(result, "S").EarlyStart);
    }

    [Fact]
    public void Elapsed_lags_count_nights_and_weekends()
    {
        // P finishes Friday 17:00; 48 elapsed hours later is Sunday 17:00, so S starts Monday 08:00.
        ScheduleResult result = Scheduler.Schedule(
            Network([Task("P", 5), Task("S", 1)], [Link("P", "S", lag: Lag.Elapsed(Duration.FromHours(48)))])
        );

        Assert.Equal(At(7, 8), Of(result, "S").EarlyStart);
    }

    [Fact]
    public void Percentage_lags_take_a_share_of_the_predecessor()
    {
        // SS+50% of a four-day predecessor: two days in.
        ScheduleResult result = Scheduler.Schedule(
            Network(
                [Task("P", 4), Task("S", 1)],
                [Link("P", "S", DependencyType.StartToStart, Lag.PercentOfPredecessor(50m))]
            )
        );

        Assert.Equal(At(2, 8), Of(result, "S").EarlyStart);
    }

    [Fact]
    public void A_milestone_sits_at_its_predecessors_finish()
    {
        var done = new Activity(new ActivityId("M"), "Done", Duration.Zero, ActivityKind.Milestone);

        ScheduleResult result = Scheduler.Schedule(Network([Task("A", 2), done], [Link("A", "M")]));

        Assert.Equal(At(1, 17), Of(result, "M").EarlyStart);
        Assert.Equal(At(1, 17), Of(result, "M").EarlyFinish);
        Assert.True(Of(result, "M").IsCritical);
    }

    [Fact]
    public void Holidays_push_work_past_them()
    {
        var calendar = new WorkCalendar(
            new CalendarId("h"),
            WorkWeek.Standard,
            [CalendarException.Holiday(Monday.PlusDays(2), "Holiday")]
        );

        ScheduleResult result = Scheduler.Schedule(Network([Task("A", 3)], [], calendar));

        Assert.Equal(At(3, 17), Of(result, "A").EarlyFinish);
    }

    [Theory]
    [InlineData(ConstraintType.StartNoEarlierThan, 2, 2, 0)]
    [InlineData(ConstraintType.MustStartOn, 2, 2, 0)]
    [InlineData(ConstraintType.FinishNoEarlierThan, 3, 3, 0)]
    [InlineData(ConstraintType.MustFinishOn, 3, 3, 0)]
    public void Forward_constraints_move_the_early_start(
        ConstraintType type,
        int constraintDay,
        int startDay,
        int unused
    )
    {
        _ = unused;
        LocalDateTime date = type is ConstraintType.FinishNoEarlierThan or ConstraintType.MustFinishOn
            ? At(constraintDay, 17)
            : At(constraintDay, 8);
        Activity constrained = Task("C", 1) with { Constraint = ScheduleConstraint.On(type, date) };

        ScheduleResult result = Scheduler.Schedule(Network([Task("A", 5), constrained], []));

        Assert.Equal(At(startDay, 8), Of(result, "C").EarlyStart);
    }

    [Fact]
    public void A_start_no_later_than_that_links_break_shows_negative_float()
    {
        Activity late = Task("B", 1) with
        {
            Constraint = ScheduleConstraint.On(ConstraintType.StartNoLaterThan, At(1, 8)),
        };

        ScheduleResult result = Scheduler.Schedule(Network([Task("A", 3), late], [Link("A", "B")]));

        Assert.Equal(At(1, 8), Of(result, "B").EarlyStart);
        Assert.True(Of(result, "A").TotalFloat < Duration.Zero);
        Assert.Contains(result.Warnings, w =>
            w.Code == SchedulingErrorCodes.NegativeFloat && w.Location.RecordId == "A"
        );
        Assert.True(result.MinimumFloat < Duration.Zero);
    }

    [Fact]
    public void Finish_no_later_than_and_deadlines_limit_late_dates()
    {
        Activity fnlt = Task("A", 2) with
        {
            Constraint = ScheduleConstraint.On(ConstraintType.FinishNoLaterThan, At(2, 17)),
        };
        Activity deadline = Task("B", 2) with { Deadline = At(0, 17) };

        ScheduleResult result = Scheduler.Schedule(Network([fnlt, deadline, Task("C", 5)], []));

        Assert.Equal(At(2, 17), Of(result, "A").LateFinish);
        Assert.Equal(Duration.FromHours(8), Of(result, "A").TotalFloat);
        Assert.Equal(Duration.FromHours(-8), Of(result, "B").TotalFloat);
        Assert.Contains(result.Warnings, w =>
            w.Code == SchedulingErrorCodes.DeadlineMissed && w.Location.RecordId == "B"
        );
    }

    [Fact]
    public void As_late_as_possible_activities_are_scheduled_at_their_late_dates()
    {
        Activity alap = Task("B", 1) with { Constraint = ScheduleConstraint.AsLateAsPossible };

        ScheduleResult result = Scheduler.Schedule(Network([Task("A", 3), alap], []));

        Assert.Equal(At(2, 8), Of(result, "B").Start);
        Assert.Equal(At(0, 8), Of(result, "B").EarlyStart);
    }

    [Fact]
    public void A_required_project_finish_earlier_than_possible_shows_negative_float_on_the_critical_path()
    {
        var scheduler = new CpmScheduler(CpmOptions.Default with { ProjectFinish = At(1, 17) });

        ScheduleResult result = scheduler.Schedule(Network([Task("A", 3)], []));

        Assert.Equal(Duration.FromHours(-8), Of(result, "A").TotalFloat);
        Assert.Equal(["A"], result.CriticalPath.Select(a => a.Value));
    }

    [Fact]
    public void Summary_activities_roll_up_their_children()
    {
        var phase = new Activity(new ActivityId("S"), "Phase 1", Duration.Zero, ActivityKind.Summary);
        Activity a = Task("A", 2) with { Parent = new ActivityId("S") };
        Activity b = Task("B", 3) with { Parent = new ActivityId("S") };

        ScheduleResult result = Scheduler.Schedule(
            Network([phase, a, b, Task("C", 1)], [Link("A", "B"), Link("C", "B")])
        );

        Assert.Equal(At(0, 8), Of(result, "S").EarlyStart);
        Assert.Equal(At(4, 17), Of(result, "S").EarlyFinish);
        Assert.True(Of(result, "S").IsCritical);
    }

    [Fact]
    public void Nested_summaries_roll_up_every_task_below_them_and_follow_the_chosen_critical_path()
    {
        var top = new Activity(new ActivityId("S"), "Programme", Duration.Zero, ActivityKind.Summary);
        var inner = new Activity(new ActivityId("S1"), "Stream", Duration.Zero, ActivityKind.Summary)
        {
            Parent = new ActivityId("S"),
        };
        var empty = new Activity(new ActivityId("S2"), "Empty", Duration.Zero, ActivityKind.Summary)
        {
            Parent = new ActivityId("S"),
        };
        Activity rushed = Task("C", 1) with { Parent = new ActivityId("S1"), Deadline = At(0, 12) };
        Project project = Network(
            [top, inner, empty, Task("A", 3) with { Parent = new ActivityId("S") }, rushed, Task("B", 2)],
            [Link("A", "B")]
        );

        ScheduleResult byFloat = Scheduler.Schedule(project);
        ScheduleResult longest = new CpmScheduler(
            CpmOptions.Default with
            {
                CriticalPath = CriticalPathDefinition.LongestPath,
            }
        ).Schedule(project);

        Assert.Equal((At(0, 8), At(2, 17)), (Of(byFloat, "S").EarlyStart, Of(byFloat, "S").EarlyFinish));
        Assert.Equal((At(0, 8), At(0, 17)), (Of(byFloat, "S1").EarlyStart, Of(byFloat, "S1").EarlyFinish));
        Assert.Equal(Of(byFloat, "C").TotalFloat, Of(byFloat, "S").TotalFloat);
        Assert.True(Of(byFloat, "S1").IsCritical);
        Assert.False(Of(longest, "S1").IsCritical);
        Assert.True(Of(longest, "S").IsCritical);
        Assert.Equal(Start, Of(byFloat, "S2").EarlyStart);
    }

    [Fact]
    public void Activities_on_their_own_calendar_use_it()
    {
        WorkCalendar nights = new(
            new CalendarId("nights"),
            WorkWeek.Uniform(
                WorkingDay.Parse("20:00-24:00"),
                IsoDayOfWeek.Monday,
                IsoDayOfWeek.Tuesday,
                IsoDayOfWeek.Wednesday,
                IsoDayOfWeek.Thursday,
                IsoDayOfWeek.Friday
            )
        );
        Activity night = new(new ActivityId("N"), "Night work", Duration.FromHours(8)) { Calendar = nights.Id };
        var project = new Project(
            new ProjectId("P"),
            "Test",
            WorkCalendar.Standard,
            Start,
            [Task("A", 1), night],
            [Link("A", "N")],
            [nights]
        );

        ScheduleResult result = Scheduler.Schedule(project);

        Assert.Equal(At(0, 20), Of(result, "N").EarlyStart);
        Assert.Equal(At(2, 0), Of(result, "N").EarlyFinish);
    }

    [Fact]
    public void A_manually_scheduled_activity_keeps_its_start_but_gets_late_dates()
    {
        Activity manual = Task("B", 1) with { ManualStart = At(0, 8) };

        ScheduleResult result = Scheduler.Schedule(Network([Task("A", 3), manual, Task("C", 5)], [Link("A", "B")]));

        Assert.Equal(At(0, 8), Of(result, "B").EarlyStart);
        Assert.Equal(At(0, 17), Of(result, "B").EarlyFinish);
        Assert.Equal(At(4, 17), Of(result, "B").LateFinish);
        Assert.Equal(Duration.FromHours(32), Of(result, "B").TotalFloat);
    }

    [Fact]
    public void A_levelling_delay_holds_an_activity_back_by_working_time_and_moves_its_successors()
    {
        // A(3d) -> B(2d) -> C(1d); B held back two working days lands after the weekend: Mon 23 + 3d = Thu 26, +2d =
        // Mon 30. A started activity and a manually scheduled one ignore their delays; a milestone is held back too (to noon,
        // the end of four working hours).
        Activity delayed = Task("B", 2) with { LevellingDelay = Duration.FromHours(16) };
        Activity started = Task("S", 2) with { LevellingDelay = Duration.FromHours(8), ActualStart = At(0, 8) };
        Activity manual = Task("M", 1) with { LevellingDelay = Duration.FromHours(8), ManualStart = At(1, 8) };
        Activity milestone = new Activity(new ActivityId("G"), "G", Duration.Zero, ActivityKind.Milestone) with
        {
            LevellingDelay = Duration.FromHours(4),
        };
        Project project = Network(
            [Task("A", 3), delayed, Task("C", 1), started, manual, milestone],
            [Link("A", "B"), Link("B", "C")]
        );

        ScheduleResult result = Scheduler.Schedule(project);

        Assert.Equal((At(7, 8), At(8, 17)), (Of(result, "B").EarlyStart, Of(result, "B").EarlyFinish));
        Assert.Equal(At(9, 8), Of(result, "C").EarlyStart);
        Assert.Equal(At(0, 8), Of(result, "S").EarlyStart);
        Assert.Equal(At(1, 8), Of(result, "M").EarlyStart);
        Assert.Equal(At(0, 12), Of(result, "G").EarlyStart);
        Assert.Equal(At(9, 17), result.Finish);
        Assert.Equal(Duration.Zero, Of(result, "B").TotalFloat);
    }

    [Fact]
    public void A_negative_levelling_delay_is_refused()
    {
        var error = Assert.Throws<Errors.ValidationException>(() =>
            Network([Task("A", 1) with { LevellingDelay = Duration.FromHours(-1) }], [])
        );

        Assert.Equal("levellingDelay", Assert.Single(error.Errors).Location.Field);
    }

    [Fact]
    public void The_longest_path_ignores_negative_float_from_deadlines_off_the_path()
    {
        Activity rushed = Task("C", 1) with { Deadline = At(0, 12) };
        Project project = Network([Task("A", 3), Task("B", 2), rushed], [Link("A", "B")]);

        ScheduleResult byFloat = Scheduler.Schedule(project);
        ScheduleResult longest = new CpmScheduler(
            CpmOptions.Default with
            {
                CriticalPath = CriticalPathDefinition.LongestPath,
            }
        ).Schedule(project);

        Assert.Equal(["A", "C", "B"], byFloat.CriticalPath.Select(a => a.Value));
        Assert.Equal(["A", "B"], longest.CriticalPath.Select(a => a.Value));
        Assert.False(Of(longest, "C").IsCritical);
        Assert.True(Of(longest, "C").TotalFloat < Duration.Zero);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new System.Threading.CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => Scheduler.Schedule(Network([Task("A", 1)], []), source.Token));
    }
}
