using System.Linq;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Scheduling;
using Pso.Domain.Testing;

namespace Pso.Domain.Allocation.Tests;

public class PortfolioObjectiveTests
{
    private static readonly RoleId Team = new("team");

    /// <summary>Two projects of one activity each that cannot run together: whichever goes second is late.</summary>
    private static LevellingProblem TwoProjects(LevellingObjective objective, int heavyWeight) =>
        new(
            [
                new LevellingActivity(new ActivityId("light"), 2)
                {
                    Project = new("P1"),
                    Demands = [new RoleDemand(Team, 1)],
                },
                new LevellingActivity(new ActivityId("heavy"), 2)
                {
                    Project = new("P2"),
                    Demands = [new RoleDemand(Team, 1)],
                },
            ],
            [],
            [new RoleCapacity(Team, 1)],
            [new ProjectGoal(new("P1")) { Due = 2 }, new ProjectGoal(new("P2")) { Due = 2, Weight = heavyWeight }]
        )
        {
            Objective = objective,
        };

    [Fact]
    public void Weighted_tardiness_puts_the_weightier_project_first_and_scores_each_term()
    {
        LevellingSolution solution = new LevellingSolver().Solve(
            TwoProjects(LevellingObjective.WeightedTardiness, heavyWeight: 5)
        );
        Assert.Equal(2, solution.FinishOf(new("P2")));
        Assert.Equal(4, solution.FinishOf(new("P1")));
        Assert.Equal(2, solution.Score["weighted-tardiness"].Value);
        Assert.Equal(2, solution.Score["project-delay"].Value);
        Assert.Equal(4, solution.Score["makespan"].Value);
        Assert.Equal(SolutionStatus.Feasible, solution.Status);
    }

    [Fact]
    public void Total_project_delay_weighs_each_project_past_its_critical_path()
    {
        var problem = new LevellingProblem(
            [
                new LevellingActivity(new ActivityId("a1"), 1)
                {
                    Project = new("A"),
                    Demands = [new RoleDemand(Team, 1)],
                },
                new LevellingActivity(new ActivityId("a2"), 1)
                {
                    Project = new("A"),
                    Demands = [new RoleDemand(Team, 1)],
                },
                new LevellingActivity(new ActivityId("b1"), 3)
                {
                    Project = new("B"),
                    Demands = [new RoleDemand(Team, 1)],
                },
            ],
            [new Precedence(new("a1"), new("a2"))],
            [new RoleCapacity(Team, 1)],
            [new ProjectGoal(new("A")) { Weight = 3 }]
        )
        {
            Objective = LevellingObjective.TotalProjectDelay,
        };
        LevellingSolution solution = new LevellingSolver().Solve(problem);
        // A (weight 3, critical path 2) goes first and is not delayed; B (critical path 3) finishes at 5: delay 2.
        Assert.Equal(2, solution.FinishOf(new("A")));
        Assert.Equal(2, solution.Score["project-delay"].Value);
        Assert.Equal(5, solution.Makespan);
    }

    [Fact]
    public void An_effort_driven_activity_takes_the_periods_its_units_need()
    {
        LevellingActivity activity = LevellingActivity.ForEffort(new("pipes"), new RoleDemand(Team, 3), 10);
        Assert.Equal(4, activity.Duration);
        Assert.Equal([new RoleDemand(Team, 3)], activity.Demands.ToArray());
        Assert.Throws<System.ArgumentOutOfRangeException>(() =>
            LevellingActivity.ForEffort(new("none"), new RoleDemand(Team, 0), 10)
        );
    }

    [Fact]
    public void Makespan_objective_ignores_the_projects_and_proves_optimality_at_the_bound()
    {
        LevellingSolution solution = new LevellingSolver().Solve(
            TwoProjects(LevellingObjective.Makespan, heavyWeight: 5)
        );
        Assert.Equal(4, solution.Makespan);
        Assert.Equal(SolutionStatus.Optimal, solution.Status);
        Assert.Equal(4, solution.Score.Soft);
    }

    [SeededProperty(typeof(SmallProblems))]
    public void Islands_give_the_same_feasible_schedule_for_the_same_seed(SmallProblem small)
    {
        var options = new SolverOptions
        {
            DegreeOfParallelism = 2,
            ScheduleBudget = 400,
            Seed = 7,
        };
        LevellingSolution first = new LevellingSolver().Solve(small.Problem, options);
        LevellingSolution second = new LevellingSolver().Solve(small.Problem, options);
        Assert.Empty(FeasibilityChecker.Check(small.Problem, first.Starts));
        Assert.Equal<int>(first.Starts, second.Starts);
        Assert.True(first.Makespan >= SmallProblems.Optimum(small.Problem));
    }

    [Fact]
    public void The_stagnation_limit_stops_a_search_that_no_longer_improves()
    {
        // Three activities that clash pairwise: the optimum (6) is above every bound (4), so only a limit stops the
        // search.
        var problem = new LevellingProblem(
            Enumerable
                .Range(0, 3)
                .Select(i => new LevellingActivity(new ActivityId($"T{i}"), 2) { Demands = [new RoleDemand(Team, 2)] }),
            [],
            [new RoleCapacity(Team, 3)]
        );
        LevellingSolution solution = new LevellingSolver().Solve(
            problem,
            new SolverOptions { ScheduleBudget = 1_000_000, StagnationLimit = 200 }
        );
        Assert.Equal(6, solution.Makespan);
        Assert.InRange(solution.Schedules, 200, 2_000);
    }
}
