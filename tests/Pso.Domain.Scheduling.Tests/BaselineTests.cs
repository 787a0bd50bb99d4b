using System;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Scheduling.Tests;

public class BaselineTests
{
    private static readonly LocalDate Monday = new(2026, 11, 23);
    private static readonly CpmScheduler Scheduler = new();

    private static Activity Task(string id, int days) => new(new ActivityId(id), id, Duration.FromHours(8 * days));

    private static Project Plan(int designDays) =>
        new(
            new ProjectId("P"),
            "P",
            WorkCalendar.Standard,
            Monday.At(new LocalTime(8, 0)),
            [Task("Design", designDays), Task("Build", 3)],
            [new Dependency(new ActivityId("Design"), new ActivityId("Build"))]
        );

    [Fact]
    public void A_captured_baseline_records_planned_dates_and_durations()
    {
        Baseline baseline = Baseline.Capture(Scheduler.Schedule(Plan(2)), 0, "Approved plan", Monday);

        Assert.True(baseline.TryGetEntry(new ActivityId("Build"), out BaselineEntry? build));
        Assert.Equal(Monday.PlusDays(2).At(new LocalTime(8, 0)), build.Start);
        Assert.Equal(Monday.PlusDays(4).At(new LocalTime(17, 0)), build.Finish);
        Assert.Equal(Duration.FromHours(24), build.Duration);
        Assert.Equal("Approved plan", baseline.Name);
    }

    [Fact]
    public void Summaries_roll_up_work_and_baselines_capture_it()
    {
        var project = new Project(
            new ProjectId("P"),
            "P",
            WorkCalendar.Standard,
            Monday.At(new LocalTime(8, 0)),
            [
                new Activity(new ActivityId("Phase"), "Phase", Duration.Zero, ActivityKind.Summary),
                new Activity(new ActivityId("Stage"), "Stage", Duration.Zero, ActivityKind.Summary)
                {
                    Parent = new ActivityId("Phase"),
                },
                Task("Design", 2) with
                {
                    Parent = new ActivityId("Stage"),
                    Work = Work.FromHours(24),
                },
                Task("Build", 3) with
                {
                    Parent = new ActivityId("Phase"),
                    Work = Work.FromHours(30.5m),
                },
                Task("Check", 1) with
                {
                    Parent = new ActivityId("Phase"),
                },
                new Activity(new ActivityId("Empty"), "Empty", Duration.Zero, ActivityKind.Summary),
            ],
            []
        );

        ScheduleResult schedule = Scheduler.Schedule(project);
        Baseline baseline = Baseline.Capture(schedule, 1, "With work", Monday);

        Assert.Equal(Work.FromHours(54.5m), schedule.WorkOf(new ActivityId("Phase")));
        Assert.Equal(Work.FromHours(24), schedule.WorkOf(new ActivityId("Stage")));
        Assert.Equal(Work.FromHours(30.5m), schedule.WorkOf(new ActivityId("Build")));
        Assert.Null(schedule.WorkOf(new ActivityId("Check")));
        Assert.Null(schedule.WorkOf(new ActivityId("Empty")));
        Assert.True(baseline.TryGetEntry(new ActivityId("Design"), out BaselineEntry? design));
        Assert.Equal(Work.FromHours(24), design.Work);
    }

    [Fact]
    public void Variances_measure_slippage_in_working_time()
    {
        Baseline baseline = Baseline.Capture(Scheduler.Schedule(Plan(2)), 0, "Plan", Monday);

        BaselineVariance[] variances = [.. baseline.Compare(Scheduler.Schedule(Plan(4)))];

        BaselineVariance design = variances.Single(v => v.Activity == new ActivityId("Design"));
        BaselineVariance build = variances.Single(v => v.Activity == new ActivityId("Build"));
        Assert.Equal(Duration.Zero, design.StartVariance);
        Assert.Equal(Duration.FromHours(16), design.FinishVariance);
        Assert.Equal(Duration.FromHours(16), design.DurationVariance);
        Assert.Equal(Duration.FromHours(16), build.StartVariance);
        Assert.Equal(Duration.FromHours(16), build.FinishVariance);
        Assert.True(build.IsSlipping);
        Assert.Equal(Duration.Zero, build.DurationVariance);
    }

    [Fact]
    public void Up_to_eleven_baselines_are_numbered_0_to_10()
    {
        ScheduleResult schedule = Scheduler.Schedule(Plan(2));

        Assert.Equal(10, Baseline.Capture(schedule, 10, "Last", Monday).Number);
        Assert.Throws<ArgumentOutOfRangeException>(() => Baseline.Capture(schedule, 11, "Too many", Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => Baseline.Capture(schedule, -1, "Negative", Monday));
    }

    [Fact]
    public void Activities_added_after_the_baseline_have_no_variance()
    {
        Baseline baseline = Baseline.Capture(Scheduler.Schedule(Plan(2)), 1, "Plan", Monday);
        var grown = new Project(
            new ProjectId("P"),
            "P",
            WorkCalendar.Standard,
            Monday.At(new LocalTime(8, 0)),
            [Task("Design", 2), Task("Build", 3), Task("Test", 1)],
            []
        );

        Assert.DoesNotContain(baseline.Compare(Scheduler.Schedule(grown)), v => v.Activity == new ActivityId("Test"));
    }

    [Fact]
    public void Duplicate_entries_are_rejected()
    {
        var entry = new BaselineEntry(new ActivityId("A"), Monday.AtMidnight(), Monday.AtMidnight(), Duration.Zero);

        Assert.Throws<ArgumentException>(() => new Baseline(0, "Twice", Monday, [entry, entry]));
    }
}
