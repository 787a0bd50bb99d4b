using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Reporting.Tests;

public class ScheduleRiskTests
{
    private static readonly LocalDateTime Start = new(2026, 1, 5, 8, 0);

    /// <summary>A -> B -> M (milestone), and a short side task C from the start to M.</summary>
    private static Project Network() =>
        new(
            new ProjectId("P"),
            "Risk",
            WorkCalendar.Standard,
            Start,
            [
                Task("A", 16),
                Task("B", 24),
                Task("C", 8),
                new Activity(new ActivityId("M"), "Done", Duration.Zero, ActivityKind.Milestone),
            ],
            [Link("A", "B"), Link("B", "M"), Link("C", "M")]
        );

    private static Activity Task(string id, int hours) => new(new ActivityId(id), id, Duration.FromHours(hours));

    private static Dependency Link(string from, string to) => new(new ActivityId(from), new ActivityId(to));

    private static ThreePointEstimate Hours(int optimistic, int likely, int pessimistic) =>
        new(Duration.FromHours(optimistic), Duration.FromHours(likely), Duration.FromHours(pessimistic));

    [Fact]
    public void When_every_estimate_is_certain_every_percentile_is_the_deterministic_finish()
    {
        var estimates = new Dictionary<ActivityId, ThreePointEstimate>
        {
            [new ActivityId("A")] = Hours(16, 16, 16),
            [new ActivityId("B")] = Hours(24, 24, 24),
        };

        ScheduleRiskResult result = new ScheduleRiskAnalysis(new ScheduleRiskOptions { Iterations = 200 }).Run(
            Network(),
            estimates
        );

        Assert.Equal(new LocalDateTime(2026, 1, 9, 17, 0), result.Finish.Deterministic);
        Assert.Equal(result.Finish.Deterministic, result.Finish.P50);
        Assert.Equal(result.Finish.Deterministic, result.Finish.P90);
        Assert.Equal(1m, result.Finish.ChanceOfDeterministic);
        Assert.All(result.Activities, a => Assert.Equal(0, a.Sensitivity));
    }

    [Fact]
    public void The_median_converges_on_the_deterministic_finish_as_the_spread_narrows()
    {
        var project = Network();
        Duration Gap(int spread)
        {
            var estimates = new Dictionary<ActivityId, ThreePointEstimate>
            {
                [new ActivityId("A")] = Hours(16 - spread, 16, 16 + spread),
                [new ActivityId("B")] = Hours(24 - spread, 24, 24 + spread),
            };
            FinishDistribution finish = new ScheduleRiskAnalysis(new ScheduleRiskOptions { Iterations = 2_000 })
                .Run(project, estimates)
                .Finish;
            return Duration.FromTicks(
                Math.Abs((finish.P50.ToDateTimeUnspecified() - finish.Deterministic.ToDateTimeUnspecified()).Ticks)
            );
        }

        Assert.True(Gap(8) >= Gap(1));
        Assert.True(Gap(1) <= Duration.FromHours(1), $"P50 is {Gap(1)} from the deterministic finish.");
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_on_any_number_of_threads()
    {
        var estimates = new Dictionary<ActivityId, ThreePointEstimate>
        {
            [new ActivityId("A")] = Hours(8, 16, 40),
            [new ActivityId("B")] = Hours(16, 24, 48),
            [new ActivityId("C")] = Hours(4, 8, 60),
        };
        ScheduleRiskResult Run(int threads, int seed) =>
            new ScheduleRiskAnalysis(
                new ScheduleRiskOptions
                {
                    Iterations = 1_000,
                    Seed = seed,
                    DegreeOfParallelism = threads,
                }
            ).Run(Network(), estimates);

        ScheduleRiskResult one = Run(1, 42),
            four = Run(4, 42),
            other = Run(4, 43);

        Assert.Equal(one.Finish.Finishes.AsEnumerable(), four.Finish.Finishes);
        Assert.Equal(one.Activities.AsEnumerable(), four.Activities);
        Assert.NotEqual(one.Finish.Finishes.AsEnumerable(), other.Finish.Finishes);
        Assert.True(one.Finish.P50 <= one.Finish.P80 && one.Finish.P80 <= one.Finish.P90);
        Assert.Equal(one.Finish.Finishes.AsEnumerable(), one.Milestones.Single().Finishes);
    }

    [Fact]
    public void Criticality_and_sensitivity_name_what_drives_the_finish()
    {
        var estimates = new Dictionary<ActivityId, ThreePointEstimate>
        {
            [new ActivityId("A")] = Hours(15, 16, 17),
            [new ActivityId("B")] = Hours(8, 24, 80),
            [new ActivityId("C")] = Hours(1, 2, 3),
        };

        ScheduleRiskResult result = new ScheduleRiskAnalysis(
            new ScheduleRiskOptions { Iterations = 2_000, Distribution = DurationDistribution.Triangular }
        ).Run(Network(), estimates);

        ActivityRisk Risk(string id) => result.Activities.Single(a => a.Activity == new ActivityId(id));
        Assert.Equal(1m, Risk("B").CriticalityIndex);
        Assert.Equal(0m, Risk("C").CriticalityIndex);
        Assert.True(Risk("B").Sensitivity > 0.9, $"B's sensitivity is {Risk("B").Sensitivity}.");
        Assert.Equal(new ActivityId("B"), result.Tornado(1).Single().Activity);
        Assert.True(Risk("B").Sensitivity > Risk("A").Sensitivity);
    }

    [Fact]
    public void Pert_and_triangular_means_follow_their_formulas()
    {
        ThreePointEstimate estimate = Hours(6, 12, 30);

        Assert.Equal(Duration.FromHours(16), estimate.Mean(DurationDistribution.Triangular));
        Assert.Equal(Duration.FromHours(14), estimate.Mean(DurationDistribution.Pert));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hours(5, 4, 6));
    }

    [Fact]
    public void Cancelling_stops_the_analysis_and_progress_is_reported()
    {
        var estimates = new Dictionary<ActivityId, ThreePointEstimate> { [new ActivityId("A")] = Hours(8, 16, 40) };
        var reported = new List<int>();
        var progress = new SynchronousProgress(reported.Add);
        new ScheduleRiskAnalysis(new ScheduleRiskOptions { Iterations = 300, DegreeOfParallelism = 1 }).Run(
            Network(),
            estimates,
            progress
        );
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal(300, reported.Max());
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new ScheduleRiskAnalysis().Run(Network(), estimates, null, cancelled.Token)
        );
    }

    [Fact]
    public void An_estimate_for_an_unknown_activity_or_a_milestone_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            new ScheduleRiskAnalysis().Run(
                Network(),
                new Dictionary<ActivityId, ThreePointEstimate> { [new ActivityId("Z")] = Hours(1, 2, 3) }
            )
        );
        Assert.Throws<ArgumentException>(() =>
            new ScheduleRiskAnalysis().Run(
                Network(),
                new Dictionary<ActivityId, ThreePointEstimate> { [new ActivityId("M")] = Hours(1, 2, 3) }
            )
        );
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }

    [Fact]
    public void An_estimate_longer_than_an_activity_may_be_is_refused_at_once()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ThreePointEstimate(Duration.FromHours(1), Duration.FromHours(8), Duration.FromDays(3_000_000))
        );
        Assert.Equal("pessimistic", error.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_sampled_schedule_past_the_calendar_raises_its_own_error_not_the_parallel_loops(int threads)
    {
        // A project starting in 9990 with a task that may take fifty years: some samples run past the year 9999.
        var project = new Project(
            new ProjectId("P"),
            "Late",
            WorkCalendar.TwentyFourHours,
            new LocalDateTime(9990, 1, 1, 0, 0),
            [Task("A", 8)],
            []
        );
        var estimates = new Dictionary<ActivityId, ThreePointEstimate>
        {
            [new ActivityId("A")] = new(Duration.FromHours(1), Duration.FromDays(3_000), Duration.FromDays(18_000)),
        };

        Assert.Throws<Pso.Domain.Errors.NoWorkingTimeException>(() =>
            new ScheduleRiskAnalysis(new ScheduleRiskOptions { Iterations = 200, DegreeOfParallelism = threads }).Run(
                project,
                estimates
            )
        );
    }
}
