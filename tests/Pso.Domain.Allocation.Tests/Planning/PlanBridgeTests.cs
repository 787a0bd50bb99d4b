using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;
using Pso.Domain.Testing;

namespace Pso.Domain.Allocation.Tests.Planning;

/// <summary>A small levelling problem in periods, in PSPLIB's manner (or MPLIB's, with two projects and
/// releases).</summary>
public sealed record SmallProblem(LevellingProblem Problem, int Seed, bool Portfolio)
{
    public override string ToString() => $"{Problem.Activities.Length} activities, seed {Seed}, portfolio {Portfolio}";
}

public static class SmallProblems
{
    public static Arbitrary<SmallProblem> Problems() =>
        (
            from activities in Gen.Choose(3, 9)
            from seed in Gen.Choose(0, 1_000_000)
            from portfolio in Gen.Elements(false, true)
            select new SmallProblem(Make(activities, seed, portfolio), seed, portfolio)
        ).ToArbitrary();

    private static LevellingProblem Make(int count, int seed, bool portfolio)
    {
        var random = new Random(seed);
        RoleId[] roles = [new("R1"), new("R2")];
        int[] capacity = [random.Next(1, 4), random.Next(2, 5)];
        var activities = new List<LevellingActivity>();
        var links = new List<Precedence>();
        for (int i = 0; i < count; i++)
        {
            int project = portfolio ? i % 2 : 0;
            activities.Add(
                new LevellingActivity(new ActivityId($"{project + 1}.{i + 1}"), random.Next(0, 6))
                {
                    Project = new ProjectId($"P{project + 1}"),
                    Release = portfolio && project == 1 ? 2 : 0,
                    Demands =
                    [
                        .. roles
                            .Select((r, k) => new RoleDemand(r, random.Next(0, capacity[k] + 1)))
                            .Where(d => d.Units > 0),
                    ],
                }
            );
            int before = i - (portfolio ? 2 : 1);
            if (before >= 0 && random.NextDouble() < 0.6)
            {
                links.Add(new Precedence(activities[before].Id, activities[i].Id));
            }
        }
        return new LevellingProblem(activities, links, roles.Select((r, k) => new RoleCapacity(r, capacity[k])));
    }
}

public class PlanBridgeTests
{
    private static readonly SolverOptions Budget = SolverOptions.Default with { ScheduleBudget = 2_000, Seed = 3 };

    /// <summary>A problem in periods planned as real projects (a 24-hour calendar with a day per period, a person per
    /// unit of capacity) keeps its optimum: interchangeable people level as one capacity, and the plan staffs them
    /// person by person without over-allocating anyone.</summary>
    [SeededProperty(typeof(SmallProblems))]
    public bool A_problem_in_periods_planned_as_real_projects_keeps_its_makespan(SmallProblem small)
    {
        LevellingProblem problem = small.Problem;
        int direct = new LevellingSolver().Solve(problem, Budget).Makespan;
        PortfolioPlan plan = new PortfolioPlanner().Plan(
            LevellingPortfolio.FromProblem(problem, closingMilestone: small.Portfolio),
            LevellingPortfolio.Options(problem, Budget)
        );
        int[] starts = LevellingPortfolio.Starts(problem, plan);
        return PlanChecker.Check(plan).IsEmpty
            && plan.Shortfalls.All(s => s.Project == LevellingPortfolio.ClosingProject)
            && LevellingPortfolio.Makespan(plan) == direct
            && Feasible(problem, starts);
    }

    /// <summary>Checks a schedule in periods against the problem itself: releases, links and every role's capacity in
    /// every period.</summary>
    private static bool Feasible(LevellingProblem problem, int[] starts)
    {
        var index = problem.Activities.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        if (problem.Activities.Where((a, i) => starts[i] < a.Release).Any())
        {
            return false;
        }
        if (
            problem.Precedences.Any(p =>
                starts[index[p.Successor]]
                < starts[index[p.Predecessor]] + problem.Activities[index[p.Predecessor]].Duration
            )
        )
        {
            return false;
        }
        int end = problem.Activities.Select((a, i) => starts[i] + a.Duration).DefaultIfEmpty(0).Max();
        return Enumerable
            .Range(0, end)
            .All(t =>
                problem.Capacities.All(c =>
                    problem
                        .Activities.Where((a, i) => starts[i] <= t && t < starts[i] + a.Duration)
                        .Sum(a => a.Demands.Where(d => d.Role == c.Role).Sum(d => d.Units)) <= c.Units
                )
            );
    }

    [Fact]
    public void Interchangeable_people_share_the_work_person_by_person()
    {
        var monday = new LocalDate(2027, 1, 4);
        var developer = new RoleId("developer");
        Resource[] people =
        [
            .. Enumerable
                .Range(1, 3)
                .Select(i => new Resource(new ResourceId($"dev-{i}"), $"Developer {i}", WorkCalendar.Standard)
                {
                    Roles = [developer],
                }),
        ];
        var project = new ProjectId("APP");
        Activity[] tasks =
        [
            .. Enumerable
                .Range(1, 4)
                .Select(i => new Activity(new ActivityId($"T{i}"), $"Task {i}", Duration.FromHours(40))),
        ];
        var network = new Project(project, "App", WorkCalendar.Standard, monday.At(new LocalTime(8, 0)), tasks, []);
        ResourceRequirement[] needs =
        [
            new(project, new ActivityId("T1")) { Role = developer },
            new(project, new ActivityId("T2")) { Role = developer },
            new(project, new ActivityId("T3")) { Role = developer, Units = 0.5m },
            new(project, new ActivityId("T4")) { Role = developer, Units = 1.5m },
        ];
        PortfolioPlan plan = new PortfolioPlanner().Plan(
            new Portfolio([new PortfolioProject(network)], needs, new ResourcePool(people), monday)
        );

        // 3.5 developers of work on three: three tasks start on Monday, each whole need on one person and the
        // 1.5-unit task on two; the task left waits a week.
        Assert.Empty(PlanChecker.Check(plan));
        Assert.Empty(plan.Shortfalls);
        Assert.Equal(3, plan.Activities.Count(a => a.Start.Date == monday));
        Assert.All(plan.Bookings.GroupBy(b => b.Activity), g =>
            Assert.Equal(g.Key == new ActivityId("T4") ? 2 : 1, g.Select(b => b.Resource).Distinct().Count())
        );
        Assert.Equal(10, plan.FinishDays);
        Assert.Equal(0, PlanChecker.OverAllocatedDays(plan));
    }

    [Fact]
    public void A_milestone_that_follows_other_projects_stands_at_their_finish_and_says_so()
    {
        RoleId role = new("R1");
        var problem = new LevellingProblem(
            [
                new LevellingActivity(new ActivityId("a"), 3)
                {
                    Project = new ProjectId("P1"),
                    Demands = [new RoleDemand(role, 1)],
                },
                new LevellingActivity(new ActivityId("b"), 2)
                {
                    Project = new ProjectId("P2"),
                    Demands = [new RoleDemand(role, 1)],
                },
            ],
            [],
            [new RoleCapacity(role, 1)]
        );

        PortfolioPlan plan = new PortfolioPlanner().Plan(
            LevellingPortfolio.FromProblem(problem, closingMilestone: true),
            LevellingPortfolio.Options(problem, Budget)
        );

        PlannedActivity end = plan[new ActivityRef(LevellingPortfolio.ClosingProject, new ActivityId("END"))];
        Assert.Empty(PlanChecker.Check(plan));
        Assert.Equal(LevellingPortfolio.StatusDate.PlusDays(5).AtMidnight(), end.Start);
        Assert.Equal(
            "held back 5 working days from Mon 4 Jan 2027: it waits for P1/a, P2/b in other projects",
            end.DelayReason
        );
    }
}
