using System;
using System.Collections.Generic;
using System.Linq;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.Staffing;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Allocation.OrTools.Tests;

public class CrossCheckTests
{
    /// <summary>A seeded random staffing problem: 10 to 40 demands over three periods, by role or by one or two skills,
    /// 6 to 20 people with two or three skills, capacities that leave some demand unfilled, cost rates, projects,
    /// preferences, weights, and now and then a pinned assignment.</summary>
    private static StaffingProblem RandomProblem(int seed)
    {
        var random = new Random(seed);
        SkillId[] skills = [.. Enumerable.Range(0, 5).Select(i => new SkillId($"s{i}"))];
        RoleId[] roles = [new("dev"), new("qa"), new("ops")];
        ProjectId[] projects = [new("P1"), new("P2"), new("P3")];
        var people = Enumerable
            .Range(0, random.Next(6, 21))
            .Select(i => new Candidate(
                new ResourceId($"R{i}"),
                [.. Enumerable.Range(0, 3).Select(_ => random.Next(0, 5) == 0 ? 0 : random.Next(10, 41))]
            )
            {
                Roles = [roles[random.Next(roles.Length)]],
                Skills =
                [
                    .. skills
                        .OrderBy(_ => random.Next())
                        .Take(random.Next(2, 4))
                        .Select(s => new ResourceSkill(s, random.Next(1, 6))),
                ],
                CostRate = new Money(random.Next(4_000, 12_001) / 100m, Currency.Eur),
                Projects = random.Next(2) == 0 ? [projects[random.Next(projects.Length)]] : [],
            })
            .ToList();
        var demands = Enumerable
            .Range(0, random.Next(10, 41))
            .Select(i => new StaffingDemand(new DemandId($"D{i}"), i % 3, random.Next(4, 25))
            {
                Project = projects[random.Next(projects.Length)],
                Role = random.Next(5) == 0 ? roles[random.Next(roles.Length)] : null,
                Skills =
                [
                    .. skills
                        .OrderBy(_ => random.Next())
                        .Take(random.Next(0, 3))
                        .Select(s => new SkillRequirement(s, random.Next(1, 3))),
                ],
                Weight = random.Next(1, 4),
                Preferred = random.Next(4) == 0 ? [people[random.Next(people.Count)].Id] : [],
            })
            .ToList();
        var pinned = new List<ResourceAssignment>();
        StaffingDemand first = demands[0];
        Candidate? able = people.FirstOrDefault(p =>
            StaffingProblem.Qualifies(first, p) && p.CapacityIn(first.Period) >= 2
        );
        if (able is not null && random.Next(2) == 0)
        {
            pinned.Add(new ResourceAssignment(first.Id, first.Period, able.Id, Math.Min(first.Units, 2)));
        }
        return new StaffingProblem(demands, people, null, pinned);
    }

    [Fact]
    public void On_100_random_problems_our_min_cost_flow_scores_the_same_as_or_tools_min_cost_flow_and_cp_sat()
    {
        var ours = new StaffingSolver();
        var flow = new StaffingSolver(new OrToolsMinCostFlowStaffing());
        var sat = new StaffingSolver(new CpSatStaffing());
        int unfilled = 0;
        for (int seed = 1; seed <= 100; seed++)
        {
            StaffingProblem problem = RandomProblem(seed);
            StaffingSolution mine = ours.Solve(problem);
            StaffingSolution theirs = flow.Solve(problem);
            StaffingSolution exact = sat.Solve(problem, new SolverOptions { Seed = seed });
            Assert.Equal(SolutionStatus.Optimal, theirs.Status);
            Assert.Equal(SolutionStatus.Optimal, exact.Status);
            Assert.Equal((theirs.Score.Medium, theirs.Score.Soft), (mine.Score.Medium, mine.Score.Soft));
            Assert.Equal((exact.Score.Medium, exact.Score.Soft), (mine.Score.Medium, mine.Score.Soft));
            unfilled += mine.Unfilled.IsEmpty ? 0 : 1;
        }
        Assert.InRange(unfilled, 5, 95); // the problems are neither all easy nor all short of people
    }

    [Fact]
    public void Cp_sat_minimises_the_weighted_tardiness_of_a_portfolio()
    {
        var team = new RoleId("team");
        var problem = new LevellingProblem(
            [
                new LevellingActivity(new ActivityId("light"), 2)
                {
                    Project = new("P1"),
                    Demands = [new RoleDemand(team, 1)],
                },
                new LevellingActivity(new ActivityId("heavy"), 2)
                {
                    Project = new("P2"),
                    Demands = [new RoleDemand(team, 1)],
                },
            ],
            [],
            [new RoleCapacity(team, 1)],
            [new ProjectGoal(new("P1")) { Due = 2 }, new ProjectGoal(new("P2")) { Due = 2, Weight = 5 }]
        )
        {
            Objective = LevellingObjective.WeightedTardiness,
        };
        LevellingSolution solution = new LevellingSolver(new CpSatLevelling()).Solve(problem);
        Assert.Equal(2, solution.FinishOf(new("P2")));
        Assert.Equal(2, solution.Score["weighted-tardiness"].Value);
        Assert.Equal(SolutionStatus.Optimal, solution.Status);
    }

    [Fact]
    public void Cp_sat_sees_a_capacity_that_varies_by_period()
    {
        var dev = new RoleId("dev");
        var problem = new LevellingProblem(
            [
                new LevellingActivity(new ActivityId("pair"), 2) { Demands = [new RoleDemand(dev, 2)] },
                new LevellingActivity(new ActivityId("solo"), 1) { Demands = [new RoleDemand(dev, 1)] },
                new LevellingActivity(new ActivityId("x"), 1) { Demands = [new RoleDemand(dev, 2)] },
                new LevellingActivity(new ActivityId("y"), 1) { Demands = [new RoleDemand(dev, 2)] },
            ],
            [],
            [new RoleCapacity(dev, 2) { ByPeriod = [4, 0, 0, 1] }]
        );

        LevellingSolution ours = new LevellingSolver().Solve(problem);
        LevellingSolution cpSat = new LevellingSolver(new CpSatLevelling()).Solve(problem);

        Assert.Empty(FeasibilityChecker.Check(problem, cpSat.Starts));
        // x and y share period 0 (four units), solo takes the one unit of period 3, pair the settled two from 4.
        Assert.Equal((0, 0, 3, 4), (cpSat.Starts[2], cpSat.Starts[3], cpSat.Starts[1], cpSat.Starts[0]));
        Assert.Equal(6, cpSat.Makespan);
        Assert.Equal(ours.Makespan, cpSat.Makespan);
        Assert.Equal(SolutionStatus.Optimal, cpSat.Status);
    }

    [Fact]
    public void Cp_sat_scheduling_passes_the_strategy_harness_and_proves_the_optima()
    {
        var cases = LevellingHarness.Check(new CpSatLevelling(), new SolverOptions { DegreeOfParallelism = 1 });
        Assert.All(cases, c =>
            Assert.True(c.Passed && c.Optimal, $"{c.Problem}: makespan {c.Makespan}, optimum {c.Optimum}")
        );
        foreach ((string name, LevellingProblem problem) in LevellingHarness.Problems)
        {
            LevellingSolution solution = new LevellingSolver(new CpSatLevelling()).Solve(problem);
            Assert.Equal(SolutionStatus.Optimal, solution.Status);
            Assert.Empty(FeasibilityChecker.Check(problem, solution.Starts));
        }
    }
}
