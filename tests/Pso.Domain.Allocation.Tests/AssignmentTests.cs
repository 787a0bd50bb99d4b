using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pso.Domain.Allocation.Staffing;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Scheduling;
using Pso.Domain.Testing;

namespace Pso.Domain.Allocation.Tests;

/// <summary>Random small assignment problems: up to three demands over two periods, by role or skill, and up to three
/// people with small capacities, cost rates, projects; some demands name preferred people; weights 1 to 3.</summary>
public sealed record SmallAssignment(StaffingProblem Problem)
{
    public override string ToString() =>
        string.Join(
            "; ",
            Problem.Demands.Select(d =>
                $"{d.Id}@{d.Period} u{d.Units} w{d.Weight} {d.Role} [{string.Join(",", d.Skills.Select(s => $"{s.Skill}>={s.MinimumProficiency}"))}] {d.Project} pref[{string.Join(",", d.Preferred)}]"
            )
        )
        + " | "
        + string.Join(
            "; ",
            Problem.Candidates.Select(c =>
                $"{c.Id} cap[{string.Join(",", c.Capacity)}] {string.Join(",", c.Roles)} "
                + $"[{string.Join(",", c.Skills.Select(s => $"{s.Skill}={s.Proficiency}"))}] {c.CostRate} "
                + $"on[{string.Join(",", c.Projects)}]"
            )
        );
}

public static class SmallAssignments
{
    public static Arbitrary<SmallAssignment> Small() =>
        (
            from demands in Gen.Choose(1, 3)
            from people in Gen.Choose(1, 3)
            from seeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 80)
            select new SmallAssignment(Build(demands, people, seeds))
        ).ToArbitrary();

    private static StaffingProblem Build(int demands, int people, int[] seeds)
    {
        int s = 0;
        int Next(int bound) => (int)((long)seeds[s++ % seeds.Length] * 7919 % bound);
        RoleId[] roles = [new("dev"), new("qa")];
        SkillId[] skills = [new("csharp"), new("sql")];
        ProjectId[] projects = [new("P1"), new("P2")];
        var candidates = Enumerable
            .Range(0, people)
            .Select(i => new Candidate(new ResourceId($"R{i}"), [Next(3), Next(3)])
            {
                Roles = [roles[Next(2)]],
                Skills = [new ResourceSkill(skills[Next(2)], Next(4) + 1)],
                CostRate = new Money(Next(3) * 10m + 0.5m * Next(2), Currency.Eur),
                Projects = Next(2) == 0 ? [projects[Next(2)]] : [],
            })
            .ToList();
        var rows = Enumerable
            .Range(0, demands)
            .Select(i => new StaffingDemand(new DemandId($"D{i}"), Next(2), Next(3))
            {
                Project = projects[Next(2)],
                Role = Next(3) == 0 ? roles[Next(2)] : null,
                Skills = Next(2) == 0 ? [new SkillRequirement(skills[Next(2)], Next(3) + 1)] : [],
                Weight = Next(3) + 1,
                Preferred = Next(3) == 0 ? [candidates[Next(people)].Id] : [],
            });
        return new StaffingProblem(rows, candidates);
    }

    /// <summary>The best (unfilled weighted units, soft points) over every integer plan, by enumeration, with the
    /// objective computed here from its definition.</summary>
    public static (long Medium, long Soft) Optimum(StaffingProblem problem)
    {
        var pairs = new List<(int D, int C)>();
        for (int d = 0; d < problem.Demands.Length; d++)
        {
            for (int c = 0; c < problem.Candidates.Length; c++)
            {
                if (StaffingProblem.Qualifies(problem.Demands[d], problem.Candidates[c]))
                {
                    pairs.Add((d, c));
                }
            }
        }
        int[] x = new int[pairs.Count];
        (long, long) best = (long.MaxValue, long.MaxValue);
        void Visit(int k)
        {
            if (k == pairs.Count)
            {
                var use = new Dictionary<(int, int), int>();
                int[] filled = new int[problem.Demands.Length];
                long soft = 0;
                for (int i = 0; i < pairs.Count; i++)
                {
                    (int d, int c) = pairs[i];
                    StaffingDemand demand = problem.Demands[d];
                    Candidate person = problem.Candidates[c];
                    use[(c, demand.Period)] = use.GetValueOrDefault((c, demand.Period)) + x[i];
                    filled[d] += x[i];
                    int above = demand.Skills.Sum(need =>
                        person.Skills.Where(h => h.Skill == need.Skill).Max(h => h.Proficiency)
                        - need.MinimumProficiency
                    );
                    soft +=
                        x[i]
                        * (
                            (long)(person.CostRate!.Value.Amount * 100)
                            + 100L * above
                            + (demand.Preferred.IsEmpty || demand.Preferred.Contains(person.Id) ? 0 : 1000)
                            + (person.Projects.Contains(demand.Project) ? 0 : 500)
                        );
                }
                if (
                    use.Any(u => u.Value > problem.Candidates[u.Key.Item1].CapacityIn(u.Key.Item2))
                    || filled.Where((f, d) => f > problem.Demands[d].Units).Any()
                )
                {
                    return;
                }
                long medium = filled
                    .Select((f, d) => (long)(problem.Demands[d].Units - f) * problem.Demands[d].Weight)
                    .Sum();
                if ((medium, soft).CompareTo(best) < 0)
                {
                    best = (medium, soft);
                }
                return;
            }
            for (int v = 0; v <= problem.Demands[pairs[k].D].Units; v++)
            {
                x[k] = v;
                Visit(k + 1);
            }
        }
        Visit(0);
        return best;
    }
}

public sealed class AssignmentTests
{
    private static readonly RoleId Dev = new("dev");
    private static readonly SkillId CSharp = new("csharp");

    [SeededProperty(typeof(SmallAssignments))]
    public void Min_cost_flow_matches_the_enumerated_optimum_and_passes_the_checker(SmallAssignment small)
    {
        StaffingSolution solution = new StaffingSolver().Solve(small.Problem);
        Assert.Empty(StaffingChecker.Check(small.Problem, solution.Assignments));
        Assert.Equal(SolutionStatus.Optimal, solution.Status);
        Assert.Equal(SmallAssignments.Optimum(small.Problem), (solution.Score.Medium, solution.Score.Soft));
        Assert.Equal(solution.Score["unfilled-work"].Value, solution.Unfilled.Sum(u => u.Units));
    }

    [SeededProperty(typeof(SmallAssignments))]
    public void Threads_do_not_change_the_plan(SmallAssignment first, SmallAssignment second)
    {
        // Two problems side by side in different periods: independent parts that the strategy may solve in parallel.
        var problem = new StaffingProblem(
            [
                .. first.Problem.Demands,
                .. second.Problem.Demands.Select(d =>
                    d with
                    {
                        Id = new DemandId("x" + d.Id.Value),
                        Period = d.Period + 2,
                    }
                ),
            ],
            first.Problem.Candidates.Select(c =>
                c with
                {
                    Capacity =
                    [
                        .. c.Capacity,
                        .. second.Problem.Candidates.FirstOrDefault(o => o.Id == c.Id)?.Capacity ?? [],
                    ],
                }
            )
        );
        StaffingSolution one = new StaffingSolver().Solve(problem);
        StaffingSolution two = new StaffingSolver().Solve(problem, new SolverOptions { DegreeOfParallelism = 2 });
        Assert.Equal<ResourceAssignment>(one.Assignments, two.Assignments);
        Assert.Equal(SmallAssignments.Optimum(problem), (two.Score.Medium, two.Score.Soft));
    }

    [Fact]
    public void Cheapest_qualified_person_gets_the_work_and_the_score_names_each_term()
    {
        var problem = new StaffingProblem(
            [
                new StaffingDemand(new DemandId("D1"), 0, 10)
                {
                    Project = new("P1"),
                    Skills = [new SkillRequirement(CSharp, 3)],
                },
            ],
            [
                Person("junior", 40, 50m, (CSharp, 2)),
                Person("senior", 40, 120m, (CSharp, 5)),
                Person("mid", 40, 80m, (CSharp, 3)),
            ]
        );
        StaffingSolution solution = new StaffingSolver().Solve(problem);
        Assert.Equal<ResourceAssignment>(
            [new ResourceAssignment(new DemandId("D1"), 0, new ResourceId("mid"), 10)],
            solution.Assignments
        );
        Assert.Equal(800m, solution.Score["cost"].Value);
        Assert.Equal(80_000, solution.Score["cost"].Penalty);
        Assert.Equal(10, solution.Score["continuity"].Value);
        Assert.Equal(0, solution.Score.Medium);
        Assert.Equal(80_000 + 5_000, solution.Score.Soft);
    }

    [Fact]
    public void Higher_weight_demands_are_filled_first_and_the_rest_is_explained()
    {
        var problem = new StaffingProblem(
            [
                new StaffingDemand(new DemandId("low"), 0, 30) { Role = Dev, Weight = 1 },
                new StaffingDemand(new DemandId("high"), 0, 30) { Role = Dev, Weight = 5 },
                new StaffingDemand(new DemandId("dba"), 0, 8) { Role = new RoleId("dba") },
                new StaffingDemand(new DemandId("later"), 1, 8) { Role = Dev },
            ],
            [Person("ana", [40, 0], 90m), Person("ben", [0, 0], 60m)]
        );
        StaffingSolution solution = new StaffingSolver().Solve(problem);
        Assert.Contains(
            new ResourceAssignment(new DemandId("high"), 0, new ResourceId("ana"), 30),
            solution.Assignments
        );
        Assert.Contains(
            new ResourceAssignment(new DemandId("low"), 0, new ResourceId("ana"), 10),
            solution.Assignments
        );
        Assert.Equal(20 + 8 + 8, solution.Score["unfilled-work"].Value);
        Assert.Equal(20 + 8 + 8, solution.Score.Medium);
        UnfilledDemand low = solution.Unfilled.Single(u => u.Demand == new DemandId("low"));
        Assert.Equal(UnfilledReason.QualifiedPeopleFullyBooked, low.Reason);
        Assert.Contains("'ana'", low.Explanation);
        Assert.Equal(
            UnfilledReason.NobodyQualified,
            solution.Unfilled.Single(u => u.Demand == new DemandId("dba")).Reason
        );
        Assert.Equal(
            UnfilledReason.QualifiedPeopleUnavailable,
            solution.Unfilled.Single(u => u.Demand == new DemandId("later")).Reason
        );
    }

    [Fact]
    public void Preference_and_continuity_outweigh_a_small_cost_difference()
    {
        var problem = new StaffingProblem(
            [
                new StaffingDemand(new DemandId("D1"), 0, 8)
                {
                    Role = Dev,
                    Project = new("P1"),
                    Preferred = [new ResourceId("dear")],
                },
                new StaffingDemand(new DemandId("D2"), 0, 8) { Role = Dev, Project = new("P2") },
            ],
            [
                Person("dear", 8, 95m),
                Person("cheap", 8, 90m),
                Person("known", 8, 94m) with
                {
                    Projects = [new ProjectId("P2")],
                },
            ]
        );
        StaffingSolution solution = new StaffingSolver().Solve(problem);
        Assert.Contains(new ResourceAssignment(new DemandId("D1"), 0, new ResourceId("dear"), 8), solution.Assignments);
        Assert.Contains(
            new ResourceAssignment(new DemandId("D2"), 0, new ResourceId("known"), 8),
            solution.Assignments
        );
    }

    [Fact]
    public void Pinned_assignments_are_kept_and_use_capacity()
    {
        var pin = new ResourceAssignment(new DemandId("D1"), 0, new ResourceId("dear"), 6);
        var problem = new StaffingProblem(
            [
                new StaffingDemand(new DemandId("D1"), 0, 8) { Role = Dev },
                new StaffingDemand(new DemandId("D2"), 0, 8) { Role = Dev },
            ],
            [Person("dear", 10, 200m), Person("cheap", 10, 10m)],
            pinned: [pin]
        );
        StaffingSolution solution = new StaffingSolver().Solve(problem);
        Assert.Equal(pin, solution.Assignments[0]);
        Assert.Equal(8, solution.Assignments.Where(a => a.Demand == new DemandId("D1")).Sum(a => a.Units));
        Assert.Equal(10, solution.Assignments.Where(a => a.Resource == new ResourceId("cheap")).Sum(a => a.Units));
        Assert.Equal(0, solution.Score.Medium);
    }

    [Fact]
    public void Checker_rejects_every_kind_of_broken_plan()
    {
        var pin = new ResourceAssignment(new DemandId("D1"), 0, new ResourceId("ana"), 2);
        var problem = new StaffingProblem(
            [
                new StaffingDemand(new DemandId("D1"), 0, 8) { Skills = [new SkillRequirement(CSharp, 3)] },
                new StaffingDemand(new DemandId("D1"), 1, 8),
            ],
            [Person("ana", [8, 0], 90m, (CSharp, 4)), Person("ben", [8, 5], 90m, (CSharp, 1))],
            pinned: [pin]
        );
        ViolationKind KindOf(params ResourceAssignment[] plan) =>
            Assert.Single(StaffingChecker.Check(problem, plan)).Kind;
        Assert.Equal(ViolationKind.Pinned, KindOf());
        Assert.Equal(ViolationKind.Qualification, KindOf(pin, new(new DemandId("D1"), 0, new ResourceId("ben"), 1)));
        Assert.Equal(ViolationKind.Calendar, KindOf(pin, new(new DemandId("D1"), 1, new ResourceId("ana"), 1)));
        Assert.Equal(ViolationKind.Capacity, KindOf(pin, new(new DemandId("D1"), 1, new ResourceId("ben"), 6)));
        Assert.Contains(
            StaffingChecker.Check(problem, [pin, new(new DemandId("D1"), 0, new ResourceId("ana"), 7)]),
            v => v.Kind == ViolationKind.Overfilled
        );
        Assert.Equal(ViolationKind.Incomplete, KindOf(pin, new(new DemandId("D9"), 0, new ResourceId("ana"), 1)));
        Assert.Empty(StaffingChecker.Check(problem, [pin, new(new DemandId("D1"), 0, new ResourceId("ana"), 6)]));
    }

    [Fact]
    public void A_broken_problem_lists_every_fault()
    {
        var error = Assert.Throws<ValidationException>(() =>
            new StaffingProblem(
                [new StaffingDemand(new DemandId("D1"), 0, 8), new StaffingDemand(new DemandId("D1"), 0, -1)],
                [Person("ana", 8, 90.123m), Person("ana", 8, 10m) with { CostRate = new Money(10m, Currency.Usd) }],
                pinned: [new ResourceAssignment(new DemandId("D7"), 0, new ResourceId("zed"), 1)]
            )
        );
        Assert.Equal(
            [
                AllocationErrorCodes.Duplicate,
                AllocationErrorCodes.NegativeAmount,
                AllocationErrorCodes.NegativeAmount,
                AllocationErrorCodes.Duplicate,
                AllocationErrorCodes.CurrencyMismatch,
                AllocationErrorCodes.UnknownDemand,
                AllocationErrorCodes.UnknownResource,
            ],
            error.Errors.Select(e => e.Code)
        );
    }

    [Fact]
    public void Cancelled_before_the_start_returns_a_feasible_partial_plan()
    {
        var problem = new StaffingProblem(
            [new StaffingDemand(new DemandId("D1"), 0, 8) { Role = Dev }],
            [Person("ana", 8, 90m)],
            pinned: [new ResourceAssignment(new DemandId("D1"), 0, new ResourceId("ana"), 2)]
        );
        StaffingSolution solution = new StaffingSolver().Solve(problem, null, new CancellationToken(canceled: true));
        Assert.Equal(SolutionStatus.Cancelled, solution.Status);
        Assert.Empty(StaffingChecker.Check(problem, solution.Assignments));
        Assert.Equal(6, solution.Score["unfilled-work"].Value);
    }

    [Fact]
    public void A_problem_from_the_capacity_plan_uses_availability_after_bookings_and_spreads_demands_over_periods()
    {
        LocalDate monday = new(2026, 3, 2);
        var ana = new Resource(new ResourceId("ana"), "Ana", WorkCalendar.Standard) { Roles = [Dev] };
        var ben = new Resource(new ResourceId("ben"), "Ben", WorkCalendar.Standard) { Roles = [Dev] };
        var booking = new Booking(
            new BookingId("B1"),
            ana.Id,
            new ProjectId("P0"),
            new DateInterval(monday, monday.PlusDays(4)),
            BookingLoad.Hours(4)
        );
        var weeks = new[]
        {
            new DateInterval(monday, monday.PlusDays(6)),
            new DateInterval(monday.PlusDays(7), monday.PlusDays(13)),
        };
        CapacityPlan plan = CapacityPlan.Create(
            new ResourcePool([ana, ben]),
            [booking],
            [],
            new DateInterval(monday, monday.PlusDays(13))
        );
        var demand = new Demand(
            new DemandId("D1"),
            new ProjectId("P1"),
            new DateInterval(monday, monday.PlusDays(13)),
            Work.FromHours(60)
        )
        {
            Role = Dev,
            Priority = 900,
        };
        StaffingProblem problem = StaffingProblem.FromCapacityPlan(plan, [demand], weeks, Work.FromHours(1));
        Assert.Equal([20, 40], problem.Candidates.Single(c => c.Id == ana.Id).Capacity.ToArray());
        Assert.Equal([new ProjectId("P0")], problem.Candidates.Single(c => c.Id == ana.Id).Projects.ToArray());
        Assert.Equal([30, 30], problem.Demands.Select(d => d.Units).ToArray());
        Assert.All(problem.Demands, d => Assert.Equal(901, d.Weight));
        Assert.Equal(0, new StaffingSolver().Solve(problem).Score.Medium);
    }

    private static Candidate Person(
        string id,
        int capacity,
        decimal rate,
        params (SkillId Skill, int Level)[] skills
    ) => Person(id, [capacity], rate, skills);

    private static Candidate Person(
        string id,
        int[] capacity,
        decimal rate,
        params (SkillId Skill, int Level)[] skills
    ) =>
        new(new ResourceId(id), [.. capacity])
        {
            Roles = [Dev],
            Skills = [.. skills.Select(s => new ResourceSkill(s.Skill, s.Level))],
            CostRate = new Money(rate, Currency.Eur),
        };
}

public class AssignmentHarnessTests
{
    private sealed class FirstComeFirstServed : IStaffingStrategy
    {
        public string Name => "first-come";

        // Each demand in order takes whoever qualifies and has capacity left: feasible, seldom optimal.
        public StaffingResult Solve(StaffingProblem problem, SolverOptions options, CancellationToken cancellationToken)
        {
            var left = new Dictionary<(ResourceId, int), int>();
            foreach (ResourceAssignment pin in problem.Pinned)
            {
                left[(pin.Resource, pin.Period)] =
                    problem.Candidates.Single(c => c.Id == pin.Resource).CapacityIn(pin.Period) - pin.Units;
            }
            var plan = new List<ResourceAssignment>();
            foreach (StaffingDemand demand in problem.Demands)
            {
                int need =
                    demand.Units
                    - problem.Pinned.Where(p => p.Demand == demand.Id && p.Period == demand.Period).Sum(p => p.Units);
                foreach (Candidate person in problem.Candidates.Where(c => StaffingProblem.Qualifies(demand, c)))
                {
                    int free = left.TryGetValue((person.Id, demand.Period), out int l)
                        ? l
                        : person.CapacityIn(demand.Period);
                    int take = Math.Min(need, free);
                    if (take > 0)
                    {
                        plan.Add(new ResourceAssignment(demand.Id, demand.Period, person.Id, take));
                        left[(person.Id, demand.Period)] = free - take;
                        need -= take;
                    }
                }
            }
            return new StaffingResult([.. plan], false);
        }
    }

    [Fact]
    public void The_exact_strategy_is_optimal_on_every_harness_problem()
    {
        ImmutableArray<StaffingHarnessCase> cases = StaffingHarness.Check(new MinCostFlowStaffing());
        Assert.Equal(StaffingHarness.Problems.Length, cases.Length);
        Assert.All(cases, c => Assert.True(c.Passed && c.Optimal, $"{c.Problem}: {c.Score} against {c.Optimum}"));
    }

    [Fact]
    public void A_greedy_strategy_passes_but_the_harness_shows_where_it_is_not_optimal()
    {
        ImmutableArray<StaffingHarnessCase> cases = StaffingHarness.Check(new FirstComeFirstServed());
        Assert.All(cases, c => Assert.True(c.Passed, c.Problem));
        Assert.Contains(cases, c => !c.Optimal);
        Assert.All(cases, c => Assert.True(c.Score! >= c.Optimum, c.Problem));
    }
}
