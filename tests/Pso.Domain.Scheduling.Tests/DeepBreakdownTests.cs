using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Scheduling.Tests;

/// <summary>A breakdown far deeper than any real one is built and scheduled in linear time, and errors about it stay
/// short.</summary>
public class DeepBreakdownTests
{
    private static readonly LocalDateTime Start = new(2026, 11, 23, 8, 0);

    private static List<Activity> Chain(int depth)
    {
        // Each summary is the parent of the next; the last holds one task.
        var activities = new List<Activity>(depth + 1);
        for (int level = 0; level < depth; level++)
        {
            activities.Add(
                new Activity(new ActivityId($"S{level}"), $"Level {level}", Duration.Zero)
                {
                    Kind = ActivityKind.Summary,
                    Parent = level == 0 ? null : new ActivityId($"S{level - 1}"),
                }
            );
        }
        activities.Add(
            new Activity(new ActivityId("T"), "Task", Duration.FromHours(16))
            {
                Parent = new ActivityId($"S{depth - 1}"),
            }
        );
        return activities;
    }

    [Fact]
    public void A_breakdown_100000_levels_deep_is_built_and_scheduled()
    {
        var project = new Project(new ProjectId("DEEP"), "Deep", WorkCalendar.Standard, Start, Chain(100_000), []);

        ScheduleResult result = new CpmScheduler().Schedule(project);

        Assert.Equal(new LocalDateTime(2026, 11, 24, 17, 0), result.Finish);
        Assert.Equal(result.Finish, result[new ActivityId("S0")].EarlyFinish);
    }

    [Fact]
    public void A_breakdown_that_loops_names_a_bounded_part_of_the_loop()
    {
        List<Activity> activities = Chain(10_000);
        activities[0] = activities[0] with { Parent = new ActivityId("S9999") };

        var error = Assert.Throws<ValidationException>(() =>
            new Project(new ProjectId("LOOP"), "Loop", WorkCalendar.Standard, Start, activities, [])
        );

        Assert.Equal(10_000, error.Errors.Count(e => e.Code == SchedulingErrorCodes.InvalidParent));
        Assert.All(error.Errors, e => Assert.True(e.Message.Length < 1_000, e.Message));
        Assert.Contains("… and 9,993 more", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_of_100000_activities_is_named_by_its_first_few_and_its_count()
    {
        var activities = Enumerable
            .Range(0, 100_000)
            .Select(i => new Activity(new ActivityId($"A{i}"), $"A{i}", Duration.FromHours(1)))
            .ToList();
        var links = Enumerable
            .Range(0, 100_000)
            .Select(i => new Dependency(new ActivityId($"A{i}"), new ActivityId($"A{(i + 1) % 100_000}")))
            .ToList();

        var error = Assert.Throws<NetworkCycleException>(() =>
            new Project(new ProjectId("CYCLE"), "Cycle", WorkCalendar.Standard, Start, activities, links)
        );

        Assert.Equal(100_000, error.Cycle.Length);
        Assert.True(error.Message.Length < 1_000, $"{error.Message.Length} characters");
        Assert.Contains("a cycle of 100,000 activities", error.Message, StringComparison.Ordinal);
    }
}

public class LimitTests
{
    private static readonly LocalDateTime Start = new(2026, 11, 23, 8, 0);

    private static Project Linked(Lag lag, Duration? duration = null) =>
        new(
            new ProjectId("P"),
            "P",
            WorkCalendar.Standard,
            Start,
            [
                new Activity(new ActivityId("A"), "A", duration ?? Duration.FromHours(8)),
                new Activity(new ActivityId("B"), "B", Duration.FromHours(8)),
            ],
            [new Dependency(new ActivityId("A"), new ActivityId("B"), DependencyType.FinishToStart, lag)]
        );

    [Fact]
    public void Durations_and_lags_beyond_their_limits_are_refused_naming_the_record()
    {
        var duration = Assert.Throws<ValidationException>(() => Linked(Lag.None, Duration.MaxValue));
        Assert.Equal(
            (SchedulingErrorCodes.OutOfRange, "A", "duration"),
            (
                duration.Errors.Single().Code,
                duration.Errors.Single().Location.RecordId,
                duration.Errors.Single().Location.Field
            )
        );
        foreach (
            Lag lag in new[]
            {
                Lag.Elapsed(Duration.MaxValue),
                Lag.Working(-Duration.FromDays(40_000)),
                Lag.PercentOfPredecessor(7.9e27m),
            }
        )
        {
            var error = Assert.Throws<ValidationException>(() => Linked(lag));
            Assert.Equal(
                (SchedulingErrorCodes.OutOfRange, "B", "lag"),
                (
                    error.Errors.Single().Code,
                    error.Errors.Single().Location.RecordId,
                    error.Errors.Single().Location.Field
                )
            );
        }
        Assert.Throws<ArgumentException>(() =>
            Linked(Lag.None).WithDurations([Duration.FromDays(40_000), Duration.FromHours(1)])
        );
    }

    [Fact]
    public void The_longest_durations_and_lags_allowed_schedule_or_run_out_of_calendar_with_a_typed_error()
    {
        ScheduleResult result = new CpmScheduler().Schedule(
            Linked(Lag.PercentOfPredecessor(Project.MaxLagPercent), Duration.FromDays(365))
        );
        Assert.True(result.Finish > Start);
        // A hundred years of working time on a 40-hour week, then ten times it as a lag: some 4,600 years, still dated.
        Assert.True(
            new CpmScheduler()
                .Schedule(Linked(Lag.PercentOfPredecessor(Project.MaxLagPercent), Project.MaxDuration))
                .Finish.Year > 6_000
        );
        Assert.Throws<NoWorkingTimeException>(() =>
            new CpmScheduler().Schedule(
                new Project(
                    new ProjectId("P"),
                    "P",
                    WorkCalendar.TwentyFourHours,
                    new LocalDateTime(9999, 12, 31, 0, 0),
                    [new Activity(new ActivityId("A"), "A", Duration.FromHours(48))],
                    []
                )
            )
        );
    }
}
