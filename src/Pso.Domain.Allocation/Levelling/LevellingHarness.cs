using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>
/// Checks a strategy on small hand-made problems whose optimum is found by enumeration: every schedule must pass the
/// <see cref="FeasibilityChecker"/>, the same seed must give the same schedule, a cancelled run must still return a
/// feasible schedule, and the report shows how far each makespan is from the optimum. For integrators who write their
/// own strategies.
/// </summary>
public static class LevellingHarness
{
    /// <summary>Gets the built-in problems: a chain sharing a role, activities that cannot overlap, releases and lags,
    /// a small two-role network, and a team settling in (a capacity that varies by period) with every link
    /// type.</summary>
    public static ImmutableArray<(string Name, LevellingProblem Problem)> Problems { get; } = BuildProblems();

    /// <summary>Runs a strategy on every built-in problem.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="options">The options; a budget of 1,000 schedules and seed 1 when null.</param>
    /// <returns>One case per problem.</returns>
    public static ImmutableArray<LevellingHarnessCase> Check(ILevellingStrategy strategy, SolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        options ??= SolverOptions.Default with { ScheduleBudget = 1_000 };
        var cases = ImmutableArray.CreateBuilder<LevellingHarnessCase>();
        foreach ((string name, LevellingProblem problem) in Problems)
        {
            ImmutableArray<int> first = strategy.Solve(problem, options, null, CancellationToken.None).Starts;
            ImmutableArray<int> second = strategy.Solve(problem, options, null, CancellationToken.None).Starts;
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            ImmutableArray<int> early = strategy.Solve(problem, options, null, cancelled.Token).Starts;
            ImmutableArray<ScheduleViolation> violations = FeasibilityChecker.Check(problem, first);
            int makespan = violations.IsEmpty
                ? problem.Activities.Select((a, i) => first[i] + a.Duration).DefaultIfEmpty(0).Max()
                : -1;
            cases.Add(
                new LevellingHarnessCase(
                    name,
                    Optimum(problem),
                    makespan,
                    violations,
                    first.SequenceEqual(second),
                    FeasibilityChecker.Check(problem, early).IsEmpty
                )
            );
        }
        return cases.ToImmutable();
    }

    /// <summary>The shortest makespan over every precedence-feasible order decoded by the serial scheme (which reaches
    /// an optimal schedule from some order when no link lets a successor start first).</summary>
    internal static int Optimum(LevellingProblem problem)
    {
        DenseModel m = problem.Model;
        var scheduler = new SerialScheduler(m);
        int n = m.N;
        int[] list = new int[n];
        int[] start = new int[n];
        int[] waiting = new int[n];
        for (int j = 0; j < n; j++)
        {
            waiting[j] = m.PredecessorStart[j + 1] - m.PredecessorStart[j];
        }
        bool[] placed = new bool[n];
        int best = int.MaxValue;
        void Search(int depth)
        {
            if (depth == n)
            {
                best = Math.Min(best, scheduler.Decode(list, start));
                return;
            }
            for (int j = 0; j < n; j++)
            {
                if (placed[j] || waiting[j] > 0)
                {
                    continue;
                }
                placed[j] = true;
                list[depth] = j;
                for (int k = m.SuccessorStart[j]; k < m.SuccessorStart[j + 1]; k++)
                {
                    waiting[m.Successors[k]]--;
                }
                Search(depth + 1);
                for (int k = m.SuccessorStart[j]; k < m.SuccessorStart[j + 1]; k++)
                {
                    waiting[m.Successors[k]]++;
                }
                placed[j] = false;
            }
        }
        Search(0);
        return n == 0 ? 0 : best;
    }

    private static ImmutableArray<(string, LevellingProblem)> BuildProblems()
    {
        var dev = new RoleId("dev");
        var test = new RoleId("test");
        static ActivityId Id(string id) => new(id);
        LevellingActivity Task(string id, int duration, int devUnits, int testUnits = 0, int release = 0) =>
            new(Id(id), duration)
            {
                Release = release,
                Demands =
                [
                    .. new[] { new RoleDemand(dev, devUnits), new RoleDemand(test, testUnits) }.Where(d => d.Units > 0),
                ],
            };
        RoleCapacity[] capacities = [new(dev, 3), new(test, 2)];
        return
        [
            (
                "chain sharing a role",
                new LevellingProblem(
                    [Task("A", 2, 2), Task("B", 3, 2), Task("C", 1, 3)],
                    [new(Id("A"), Id("B")), new(Id("B"), Id("C"))],
                    capacities
                )
            ),
            (
                "activities that cannot overlap",
                new LevellingProblem(
                    [Task("A", 2, 2), Task("B", 2, 2), Task("C", 3, 2), Task("D", 1, 1, 2)],
                    [],
                    capacities
                )
            ),
            (
                "releases and lags",
                new LevellingProblem(
                    [Task("A", 2, 1, 1), Task("B", 1, 3, 0, release: 3), Task("C", 2, 2, 2)],
                    [new(Id("A"), Id("C"), 2)],
                    capacities
                )
            ),
            (
                "two roles, seven activities",
                new LevellingProblem(
                    [
                        Task("A", 3, 2, 1),
                        Task("B", 2, 1, 2),
                        Task("C", 4, 2),
                        Task("D", 2, 3),
                        Task("E", 1, 1, 1),
                        Task("F", 3, 1, 2),
                        Task("G", 2, 2, 1),
                    ],
                    [
                        new(Id("A"), Id("D")),
                        new(Id("B"), Id("E")),
                        new(Id("C"), Id("F")),
                        new(Id("D"), Id("G")),
                        new(Id("E"), Id("G")),
                    ],
                    capacities
                )
            ),
            (
                "a team settling in, every link type",
                new LevellingProblem(
                    [Task("A", 2, 2), Task("B", 3, 1), Task("C", 1, 0, 2), Task("D", 2, 2, 1), Task("E", 2, 1, 1)],
                    [
                        new(Id("A"), Id("B"), 1) { Type = Scheduling.DependencyType.StartToStart },
                        new(Id("B"), Id("C")) { Type = Scheduling.DependencyType.FinishToFinish },
                        new(Id("C"), Id("D"), -1),
                        new(Id("A"), Id("E"), 3) { Type = Scheduling.DependencyType.StartToFinish },
                    ],
                    [new(dev, 3) { ByPeriod = [1, 2, 2] }, new(test, 2)]
                )
            ),
        ];
    }
}
