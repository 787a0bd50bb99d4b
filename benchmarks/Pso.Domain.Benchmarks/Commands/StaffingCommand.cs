using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Staffing;
using Pso.Domain.Benchmarks.Allocation;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>staffing</c> (formerly <c>assign</c>): exact staffing on a seeded portfolio-size problem, through the
/// public API.</summary>
internal sealed class StaffingCommand : ICommand
{
    public string Name => "staffing";

    public string Usage =>
        "staffing [--demands N] [--people P] [--seed S] [--strategy min-cost-flow|ortools-min-cost-flow|cpsat] "
        + "[--threads T]";

    public string Description =>
        "fills N skill demands (about 20 qualified people each) from P people over four periods: prints the time "
        + "(building the problem included), the score and whether it is proven optimal";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, "demands", "people", "seed", "strategy", "threads");
        var solverOptions = new SolverOptions { DegreeOfParallelism = Math.Max(1, options.Int("threads", 1)) };
        int demands = options.Int("demands", 10_000);
        int people = options.Int("people", 2_000);
        int seed = options.Int("seed", 1);
        IStaffingStrategy strategy = AllocationRuns.StaffingStrategy(options.Text("strategy"));
        var solver = new StaffingSolver(strategy);
        solver.Solve(RandomStaffing.Create(200, 100, seed + 1)); // warm-up
        long start = Stopwatch.GetTimestamp();
        StaffingProblem problem = RandomStaffing.Create(demands, people, seed);
        double built = Stopwatch.GetElapsedTime(start).TotalSeconds;
        StaffingSolution solution = solver.Solve(problem, solverOptions);
        double total = Stopwatch.GetElapsedTime(start).TotalSeconds;
        int arcs = problem.Demands.Sum(d => problem.Candidates.Count(c => StaffingProblem.Qualifies(d, c)));
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"staffing: {demands} demands x {people} people, {arcs / (double)demands:0.0} qualified per demand, "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"seed {seed}, strategy {strategy.Name}, {solverOptions.DegreeOfParallelism} thread(s)"
                )
        );
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"time {total:0.000} s (problem {built:0.000} s, solve {total - built:0.000} s); score "
                    + $"{solution.Score}; {solution.Status}; "
                    + $"unfilled {solution.Score["unfilled-work"].Value} of {problem.Demands.Sum(d => d.Units)} "
                    + $"units in {solution.Unfilled.Length} demands; cost {solution.Score["cost"].Value:0.00} "
                    + $"{problem.Currency.Code}"
            )
        );
        Console.WriteLine($"proven optimal: {(solution.Status == SolutionStatus.Optimal ? "yes" : "no")}");
        return 0;
    }
}
