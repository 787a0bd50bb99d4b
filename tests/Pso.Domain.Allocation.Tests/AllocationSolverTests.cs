using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.Staffing;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling;
using Pso.Domain.Testing;

namespace Pso.Domain.Allocation.Tests;

/// <summary>Random small problems: up to seven activities of zero to four periods on one or two roles, with links from
/// lower to higher index (so acyclic) and releases.</summary>
public sealed record SmallProblem(LevellingProblem Problem)
{
    public override string ToString() =>
        string.Join(
            "; ",
            Problem.Activities.Select(a =>
                $"{a.Id} d{a.Duration} r{a.Release} [{string.Join(",", a.Demands.Select(d => $"{d.Role}:{d.Units}"))}]"
            )
        )
        + " | "
        + string.Join(", ", Problem.Precedences.Select(p => $"{p.Predecessor}-{p.Type}->{p.Successor}+{p.Lag}"))
        + " | "
        + string.Join(
            ", ",
            Problem.Capacities.Select(c =>
                $"{c.Role}={c.Units}" + (c.ByPeriod.IsEmpty ? "" : $" after [{string.Join(",", c.ByPeriod)}]")
            )
        );
}

/// <summary>Problems of 20 to 40 activities from the same generator: too large to enumerate, large enough for leads,
/// mixed links and varying capacity to meet in the search's orders, crossovers and justification.</summary>
public static class MediumProblems
{
    public static Arbitrary<SmallProblem> Medium() =>
        (
            from n in Gen.Choose(20, 40)
            from seeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 997)
            select new SmallProblem(SmallProblems.Build(n, seeds))
        ).ToArbitrary();
}

public static class SmallProblems
{
    public static Arbitrary<SmallProblem> Small() =>
        (
            from n in Gen.Choose(1, 7)
            from seeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 60)
            select new SmallProblem(Build(n, seeds))
        ).ToArbitrary();

    internal static LevellingProblem Build(int n, int[] seeds)
    {
        int s = 0;
        int Next(int bound) => (int)((long)seeds[s++ % seeds.Length] * 7919 % bound);
        RoleId[] roles = [new("a"), new("b")];
        int[] capacity = [Next(4) + 1, Next(4) + 1];
        var activities = Enumerable
            .Range(0, n)
            .Select(i => new LevellingActivity(new ActivityId($"T{i}"), Next(5))
            {
                Release = Next(4) == 0 ? Next(4) : 0,
                Demands = [.. roles.Select((r, k) => new RoleDemand(r, Next(capacity[k] + 1))).Where(d => d.Units > 0)],
            })
            .ToList();
        var links = new List<Precedence>();
        for (int j = 1; j < n; j++)
        {
            for (int i = 0; i < j; i++)
            {
                if (Next(4) == 0)
                {
                    links.Add(new Precedence(activities[i].Id, activities[j].Id, Next(3) == 0 ? 1 : 0));
                }
            }
        }
        // One role in three has a capacity that varies over the first periods, below or above the one it settles at.
        var capacities = new List<RoleCapacity>();
        for (int k = 0; k < roles.Length; k++)
        {
            int varying = Next(3) == 0 ? Next(6) + 1 : 0;
            int[] byPeriod = new int[varying];
            for (int t = 0; t < varying; t++)
            {
                byPeriod[t] = Next(capacity[k] + 2);
            }
            capacities.Add(new RoleCapacity(roles[k], capacity[k]) { ByPeriod = [.. byPeriod] });
        }
        // One link in three of another type, with a lag from a lead of one period to a lag of one.
        links =
        [
            .. links.Select(l => Next(3) == 0 ? l with { Type = (DependencyType)(Next(3) + 1), Lag = Next(3) - 1 } : l),
        ];
        return new LevellingProblem(activities, links, capacities);
    }

    /// <summary>The optimum by brute force: every precedence-feasible order decoded by a plain serial scheme written
    /// here,
    /// apart from the engine's (the serial scheme reaches an optimal schedule from some order).</summary>
    public static int Optimum(LevellingProblem problem)
    {
        int n = problem.Activities.Length;
        int best = int.MaxValue;
        var order = new List<int>();
        var used = new bool[n];
        void Search()
        {
            if (order.Count == n)
            {
                best = Math.Min(best, Decode(problem, order));
                return;
            }
            for (int j = 0; j < n; j++)
            {
                if (
                    !used[j]
                    && problem
                        .Precedences.Where(p => p.Successor == problem.Activities[j].Id)
                        .All(p => used[Index(problem, p.Predecessor)])
                )
                {
                    used[j] = true;
                    order.Add(j);
                    Search();
                    order.RemoveAt(order.Count - 1);
                    used[j] = false;
                }
            }
        }
        Search();
        return best;
    }

    private static int Index(LevellingProblem problem, ActivityId id) =>
        problem.Activities.IndexOf(problem.Activities.First(a => a.Id == id));

    private static int Decode(LevellingProblem problem, List<int> order)
    {
        int[] start = new int[problem.Activities.Length];
        var use = new Dictionary<(RoleId, int), int>();
        foreach (int j in order)
        {
            LevellingActivity a = problem.Activities[j];
            int t = problem
                .Precedences.Where(p => p.Successor == a.Id)
                .Select(p =>
                    start[Index(problem, p.Predecessor)]
                    + p.StartOffset(problem.Activities[Index(problem, p.Predecessor)].Duration, a.Duration)
                )
                .Append(a.Release)
                .Max();
            while (
                !Enumerable
                    .Range(t, a.Duration)
                    .All(tau =>
                        a.Demands.All(d =>
                            use.GetValueOrDefault((d.Role, tau)) + d.Units
                            <= problem.Capacities.First(c => c.Role == d.Role).UnitsIn(tau)
                        )
                    )
            )
            {
                t++;
            }
            foreach (int tau in Enumerable.Range(t, a.Duration))
            {
                foreach (RoleDemand d in a.Demands)
                {
                    use[(d.Role, tau)] = use.GetValueOrDefault((d.Role, tau)) + d.Units;
                }
            }
            start[j] = t;
        }
        return problem.Activities.Select((a, j) => start[j] + a.Duration).DefaultIfEmpty(0).Max();
    }
}

public class AllocationSolverTests
{
    private static readonly RoleId Dev = new("dev");

    private static LevellingActivity Activity(string id, int duration, int units) =>
        new(new ActivityId(id), duration) { Demands = [new RoleDemand(Dev, units)] };

    [Theory]
    [InlineData("ScheduleBudget")]
    [InlineData("DegreeOfParallelism")]
    [InlineData("TimeLimit")]
    [InlineData("StagnationLimit")]
    public void Options_out_of_range_are_refused_when_solving_naming_the_setting(string setting)
    {
        var problem = new LevellingProblem([Activity("A", 3, 2)], [], [new RoleCapacity(Dev, 3)]);
        SolverOptions options = setting switch
        {
            "ScheduleBudget" => SolverOptions.Default with { ScheduleBudget = -1 },
            "DegreeOfParallelism" => SolverOptions.Default with { DegreeOfParallelism = 0 },
            "TimeLimit" => SolverOptions.Default with { TimeLimit = TimeSpan.FromSeconds(-1) },
            _ => SolverOptions.Default with { StagnationLimit = -5 },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LevellingSolver().Solve(problem, options));

        Assert.Equal("options", error.ParamName);
        Assert.Contains($"SolverOptions.{setting}", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeneticLevelling().Solve(problem, options, null, default));
    }

    /// <summary>Two developers settle in from period 3: nobody in periods 0 and 1, one in period 2.</summary>
    private static LevellingProblem RampUp() =>
        new([Activity("pair", 2, 2), Activity("solo", 1, 1)], [], [new RoleCapacity(Dev, 2) { ByPeriod = [0, 0, 1] }]);

    [Fact]
    public void A_capacity_that_varies_by_period_holds_each_activity_until_there_is_room()
    {
        LevellingProblem problem = RampUp();

        LevellingSolution solution = new LevellingSolver().Solve(problem);

        Assert.Equal(new[] { 3, 2 }, solution.Starts);
        Assert.Equal(5, solution.Makespan);
        Assert.Equal(new[] { 0, 0, 1, 2, 2 }, Enumerable.Range(0, 5).Select(t => problem.Capacities[0].UnitsIn(t)));
        ScheduleViolation tooEarly = Assert.Single(FeasibilityChecker.Check(problem, [2, 2]));
        Assert.Equal("Role 'dev' is used 3 units in period 2; its capacity is 1.", tooEarly.Message);
        // Capacity above the settled units early on is used, and the rest of the time only the settled units are.
        var early = new LevellingProblem(
            [Activity("a", 1, 2), Activity("b", 1, 2), Activity("c", 1, 2)],
            [],
            [new RoleCapacity(Dev, 2) { ByPeriod = [4] }]
        );
        LevellingSolution both = new LevellingSolver().Solve(early);
        Assert.Empty(FeasibilityChecker.Check(early, both.Starts));
        Assert.Equal(2, both.Makespan);
        Assert.Equal(2, both.Starts.Count(s => s == 0));
    }

    [Fact]
    public void Every_link_type_and_a_lead_bound_the_starts_as_in_the_critical_path_method()
    {
        var a = new ActivityId("A");
        var problem = new LevellingProblem(
            [
                new LevellingActivity(a, 3),
                new LevellingActivity(new ActivityId("B"), 2),
                new LevellingActivity(new ActivityId("C"), 1),
                new LevellingActivity(new ActivityId("D"), 4),
                new LevellingActivity(new ActivityId("E"), 1),
            ],
            [
                new Precedence(a, new ActivityId("B"), 1) { Type = DependencyType.StartToStart },
                new Precedence(a, new ActivityId("C")) { Type = DependencyType.FinishToFinish },
                new Precedence(a, new ActivityId("D"), 2) { Type = DependencyType.StartToFinish },
                new Precedence(a, new ActivityId("E"), -1),
            ],
            []
        );

        LevellingSolution solution = new LevellingSolver().Solve(problem);

        // B one period after A starts; C finishing with A; D free (it may finish two periods after A starts, and
        // does later anyway); E one period before A finishes.
        Assert.Equal(new[] { 0, 1, 2, 0, 2 }, solution.Starts);
        Assert.Equal(
            "Activity 'C' starts in period 1, before 'A' allows (2).",
            Assert.Single(FeasibilityChecker.Check(problem, [0, 1, 1, 0, 2])).Message
        );
        Assert.Equal(2, problem.Precedences[2].StartOffset(3, 4) + 4);
    }

    [Fact]
    public void A_negative_capacity_in_a_period_is_refused_naming_the_period()
    {
        var error = Assert.Throws<ValidationException>(() =>
            new LevellingProblem([], [], [new RoleCapacity(Dev, 2) { ByPeriod = [1, -1] }])
        );

        Assert.Equal("Role 'dev' has a negative capacity in period 1 (-1).", Assert.Single(error.Errors).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoleCapacity(Dev, 2).UnitsIn(-1));
    }

    [SeededProperty(typeof(SmallProblems))]
    public bool The_solver_never_beats_the_optimum_and_reaches_it_with_a_modest_budget(SmallProblem small)
    {
        LevellingSolution solution = new LevellingSolver().Solve(
            small.Problem,
            SolverOptions.Default with
            {
                ScheduleBudget = 500,
            }
        );
        return solution.Makespan == SmallProblems.Optimum(small.Problem)
            && FeasibilityChecker.Check(small.Problem, solution.Starts).IsEmpty;
    }

    [SeededProperty(typeof(SmallProblems))]
    public bool Every_activity_starts_as_early_as_the_others_let_it(SmallProblem small)
    {
        // No activity can start a period earlier with the rest in place: the search may keep schedules right-justified,
        // but what it returns is moved left.
        LevellingSolution solution = new LevellingSolver().Solve(
            small.Problem,
            SolverOptions.Default with
            {
                ScheduleBudget = 300,
            }
        );
        return Enumerable
            .Range(0, solution.Starts.Length)
            .All(j =>
                solution.Starts[j] == 0
                || !FeasibilityChecker.Check(small.Problem, solution.Starts.SetItem(j, solution.Starts[j] - 1)).IsEmpty
            );
    }

    [SeededProperty(typeof(MediumProblems))]
    public Property Every_schedule_of_a_larger_problem_passes_the_checker(SmallProblem medium, bool twoThreads)
    {
        LevellingProblem problem = medium.Problem;
        LevellingSolution solution = new LevellingSolver().Solve(
            problem,
            SolverOptions.Default with
            {
                ScheduleBudget = 400,
                DegreeOfParallelism = twoThreads ? 2 : 1,
            }
        );
        return FeasibilityChecker
            .Check(problem, solution.Starts)
            .IsEmpty.ToProperty()
            .Classify(problem.Capacities.Any(c => !c.ByPeriod.IsEmpty), "varying capacity")
            .Classify(problem.Precedences.Any(p => p.Type != DependencyType.FinishToStart), "other link types")
            .Classify(problem.Precedences.Any(p => p.Lag < 0), "a lead");
    }

    [SeededProperty(typeof(SmallProblems))]
    public bool The_search_stays_within_its_schedule_budget(SmallProblem small, PositiveInt extra, bool twoThreads)
    {
        // Once the budget covers each island's first child (at most three schedules each), the count never passes it.
        long budget = 6 + (extra.Get % 300);
        LevellingSolution solution = new LevellingSolver().Solve(
            small.Problem,
            SolverOptions.Default with
            {
                ScheduleBudget = budget,
                DegreeOfParallelism = twoThreads ? 2 : 1,
            }
        );
        return solution.Schedules <= budget;
    }

    [SeededProperty(typeof(SmallProblems))]
    public bool The_same_seed_gives_the_same_schedule(SmallProblem small, int seed)
    {
        var options = SolverOptions.Default with { ScheduleBudget = 200, Seed = seed };
        return new LevellingSolver()
            .Solve(small.Problem, options)
            .Starts.SequenceEqual(new LevellingSolver().Solve(small.Problem, options).Starts);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_cancelled_run_returns_a_feasible_best_so_far(int threads)
    {
        var problem = new LevellingProblem(
            [Activity("A", 3, 2), Activity("B", 2, 2), Activity("C", 2, 1)],
            [],
            [new RoleCapacity(Dev, 3)]
        );
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        LevellingSolution solution = new LevellingSolver().Solve(
            problem,
            SolverOptions.Default with
            {
                DegreeOfParallelism = threads,
            },
            null,
            cancelled.Token
        );

        Assert.Equal(SolutionStatus.Cancelled, solution.Status);
        Assert.Empty(FeasibilityChecker.Check(problem, solution.Starts));
    }

    [Fact]
    public void A_schedule_that_meets_the_bound_is_proven_optimal_and_progress_is_reported()
    {
        var problem = new LevellingProblem(
            [Activity("A", 3, 2), Activity("B", 2, 2)],
            [new Precedence(new ActivityId("A"), new ActivityId("B"))],
            [new RoleCapacity(Dev, 3)]
        );
        var reports = new List<LevellingProgress>();

        LevellingSolution solution = new LevellingSolver().Solve(problem, null, new SynchronousProgress(reports.Add));

        Assert.Equal(
            (5, SolutionStatus.Optimal, 3),
            (solution.Makespan, solution.Status, solution.StartOf(new ActivityId("B")))
        );
        Assert.Equal(5, Assert.Single(reports).Makespan);
    }

    [Fact]
    public void The_score_names_its_hard_terms_by_the_checker_rules_and_its_soft_terms_once()
    {
        var problem = new LevellingProblem(
            [Activity("A", 3, 2), Activity("B", 2, 2)],
            [new Precedence(new ActivityId("A"), new ActivityId("B"))],
            [new RoleCapacity(Dev, 3)]
        );

        Score score = new LevellingSolver().Solve(problem).Score;

        Assert.Equal(
            [
                ScoreTerms.Precedence,
                ScoreTerms.Capacity,
                ScoreTerms.WeightedTardiness,
                ScoreTerms.ProjectDelay,
                ScoreTerms.Makespan,
            ],
            score.Terms.Select(t => t.Name)
        );
        Assert.Equal(ScoreTerms.Precedence, ScoreTerms.NameOf(ViolationKind.Precedence));
        Assert.Equal("release", ScoreTerms.NameOf(ViolationKind.Release));
        Assert.All(score.Terms.Where(t => t.Level == ScoreLevel.Hard), t =>
            Assert.Equal((0m, 0L), (t.Value, t.Penalty))
        );
        Assert.Equal(5m, score[ScoreTerms.Makespan].Value);
    }

    [Fact]
    public void A_hard_term_counts_the_violations_of_its_own_rule()
    {
        ImmutableArray<ScheduleViolation> violations =
        [
            new(ViolationKind.Capacity, new ActivityId("a"), "over"),
            new(ViolationKind.Precedence, new ActivityId("b"), "early"),
            new(ViolationKind.Capacity, new ActivityId("c"), "over"),
        ];

        ScoreTerm capacity = ScoreTerm.Broken(ViolationKind.Capacity, violations);

        Assert.Equal(
            (ScoreTerms.Capacity, ScoreLevel.Hard, 2m, 2L),
            (capacity.Name, capacity.Level, capacity.Value, capacity.Penalty)
        );
        Assert.Equal(1m, ScoreTerm.Broken(ViolationKind.Precedence, violations).Value);
        Assert.Equal(0m, ScoreTerm.Broken(ViolationKind.Qualification, violations).Value);
    }

    private sealed class SynchronousProgress(Action<LevellingProgress> report) : IProgress<LevellingProgress>
    {
        public void Report(LevellingProgress value) => report(value);
    }

    [Fact]
    public void The_checker_names_every_kind_of_violation()
    {
        var problem = new LevellingProblem(
            [Activity("A", 2, 2), Activity("B", 2, 2) with { Release = 1 }],
            [new Precedence(new ActivityId("A"), new ActivityId("B"), Lag: 1)],
            [new RoleCapacity(Dev, 3)]
        );

        Assert.Empty(FeasibilityChecker.Check(problem, [0, 3]));
        Assert.Equal([ViolationKind.Precedence], FeasibilityChecker.Check(problem, [0, 2]).Select(v => v.Kind));
        Assert.Equal(
            [ViolationKind.Release, ViolationKind.Precedence, ViolationKind.Capacity, ViolationKind.Capacity],
            FeasibilityChecker.Check(problem, [0, 0]).Select(v => v.Kind)
        );
        Assert.Equal([ViolationKind.Incomplete], FeasibilityChecker.Check(problem, [0]).Select(v => v.Kind));
    }

    [Fact]
    public void Inconsistent_problems_are_typed_errors_naming_the_record()
    {
        var error = Assert.Throws<ValidationException>(() =>
            new LevellingProblem(
                [
                    Activity("A", 2, 5),
                    Activity("B", -1, 1),
                    new LevellingActivity(new ActivityId("C"), 1) { Demands = [new RoleDemand(new RoleId("qa"), 1)] },
                ],
                [new Precedence(new ActivityId("A"), new ActivityId("Z"))],
                [new RoleCapacity(Dev, 3)]
            )
        );
        Assert.Equal(
            [
                ("A", AllocationErrorCodes.DemandAboveCapacity),
                ("B", AllocationErrorCodes.NegativeAmount),
                ("C", AllocationErrorCodes.UnknownRole),
                ("Z", AllocationErrorCodes.UnknownActivity),
            ],
            error.Errors.Select(e =>
                (e.Message.Contains("'Z'", StringComparison.Ordinal) ? "Z" : e.Location.RecordId!, e.Code)
            )
        );

        var cycle = Assert.Throws<ValidationException>(() =>
            new LevellingProblem(
                [Activity("A", 1, 1), Activity("B", 1, 1)],
                [
                    new Precedence(new ActivityId("A"), new ActivityId("B")),
                    new Precedence(new ActivityId("B"), new ActivityId("A")),
                ],
                [new RoleCapacity(Dev, 3)]
            )
        );
        Assert.Equal(AllocationErrorCodes.Cycle, Assert.Single(cycle.Errors).Code);
    }
}

public class StrategyHarnessTests
{
    private sealed class Broken : ILevellingStrategy
    {
        public string Name => "broken";

        public LevellingResult Solve(
            LevellingProblem problem,
            SolverOptions options,
            IProgress<LevellingProgress>? progress,
            CancellationToken cancellationToken
        ) => new([.. problem.Activities.Select(_ => 0)], 1); // everything at once: breaks precedence and capacity
    }

    [Fact]
    public void The_genetic_strategy_passes_the_harness_and_is_optimal_on_every_problem()
    {
        var cases = LevellingHarness.Check(new GeneticLevelling());

        Assert.Equal(LevellingHarness.Problems.Length, cases.Length);
        Assert.All(cases, c =>
            Assert.True(c.Passed && c.Optimal, $"{c.Problem}: makespan {c.Makespan}, optimum {c.Optimum}")
        );
        Assert.Equal([6, 7, 6], cases.Take(3).Select(c => c.Optimum));
    }

    [Fact]
    public void A_strategy_that_breaks_the_rules_fails_the_harness_with_its_violations()
    {
        var cases = LevellingHarness.Check(new Broken());

        Assert.All(cases, c => Assert.False(c.Passed));
        Assert.Contains(cases, c => c.Violations.Any(v => v.Kind == ViolationKind.Precedence));
        Assert.Contains(cases, c => c.Violations.Any(v => v.Kind == ViolationKind.Capacity));
    }
}

public class AllocationLimitTests
{
    private static readonly RoleId Dev = new("dev");

    [Fact]
    public void Durations_releases_and_lags_past_the_horizon_are_refused_naming_the_record()
    {
        var duration = Assert.Throws<Pso.Domain.Errors.ValidationException>(() =>
            new LevellingProblem(
                [
                    new LevellingActivity(new ActivityId("A"), int.MaxValue),
                    new LevellingActivity(new ActivityId("B"), int.MaxValue),
                ],
                [],
                []
            )
        );
        Assert.Equal(
            (AllocationErrorCodes.OutOfRange, "A"),
            (duration.Errors.Single().Code, duration.Errors.Single().Location.RecordId)
        );
        var release = Assert.Throws<Pso.Domain.Errors.ValidationException>(() =>
            new LevellingProblem([new LevellingActivity(new ActivityId("A"), 5) { Release = int.MaxValue }], [], [])
        );
        Assert.Equal(AllocationErrorCodes.OutOfRange, release.Errors.Single().Code);
        var lag = Assert.Throws<Pso.Domain.Errors.ValidationException>(() =>
            new LevellingProblem(
                [new LevellingActivity(new ActivityId("A"), 5), new LevellingActivity(new ActivityId("B"), 5)],
                [new Precedence(new ActivityId("A"), new ActivityId("B"), int.MaxValue)],
                []
            )
        );
        Assert.Equal(
            (AllocationErrorCodes.OutOfRange, "B", "lag"),
            (lag.Errors.Single().Code, lag.Errors.Single().Location.RecordId, lag.Errors.Single().Location.Field)
        );
    }

    [Fact]
    public void A_problem_at_the_horizon_limit_solves()
    {
        var problem = new LevellingProblem(
            [
                new LevellingActivity(new ActivityId("A"), LevellingProblem.MaxHorizon - 1)
                {
                    Demands = [new RoleDemand(Dev, 1)],
                },
            ],
            [],
            [new RoleCapacity(Dev, 1)]
        );
        Assert.Equal(LevellingProblem.MaxHorizon - 1, new LevellingSolver().Solve(problem).Makespan);
    }

    [Fact]
    public void Costs_beyond_what_the_assignment_solver_adds_up_are_refused_naming_the_dearest_person()
    {
        var error = Assert.Throws<Pso.Domain.Errors.ValidationException>(() =>
            new StaffingProblem(
                [new StaffingDemand(new Pso.Domain.Resources.DemandId("D"), 0, 1_000_000) { Weight = 1_000_000 }],
                [new Candidate(new ResourceId("r"), [1_000_000]) { CostRate = Money.Of(1_000_000_000_000m, "EUR") }]
            )
        );
        Assert.Equal(
            (AllocationErrorCodes.OutOfRange, "r"),
            (error.Errors.Single().Code, error.Errors.Single().Location.RecordId)
        );
    }
}
