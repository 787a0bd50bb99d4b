using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>
/// Runs a strategy on a problem and checks its schedule with the independent <see cref="FeasibilityChecker"/> before
/// returning it, with its status: optimal when the makespan meets the problem's lower bound.
/// </summary>
public sealed class LevellingSolver
{
    /// <summary>Initialises a solver with a strategy.</summary>
    /// <param name="strategy">The strategy; <see cref="GeneticLevelling"/> when null.</param>
    public LevellingSolver(ILevellingStrategy? strategy = null) => Strategy = strategy ?? new GeneticLevelling();

    /// <summary>Gets the strategy.</summary>
    public ILevellingStrategy Strategy { get; }

    /// <summary>Solves a problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Limits and seed; <see cref="SolverOptions.Default"/> when null.</param>
    /// <param name="progress">Told of each better schedule, if given.</param>
    /// <param name="cancellationToken">Stops the run early; the best schedule so far is returned.</param>
    /// <returns>The checked solution.</returns>
    /// <exception cref="InvalidOperationException">The strategy returned a schedule that breaks the problem's rules (a
    /// fault in the strategy); the message lists the violations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting of <paramref name="options"/> is out of its range
    /// (<see cref="SolverOptions.Validate"/>).</exception>
    public LevellingSolution Solve(
        LevellingProblem problem,
        SolverOptions? options = null,
        IProgress<LevellingProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(problem);
        options = (options ?? SolverOptions.Default).Validate(nameof(options));
        (ImmutableArray<int> starts, long schedules, bool proven) = Strategy.Solve(
            problem,
            options,
            progress,
            cancellationToken
        );
        ImmutableArray<ScheduleViolation> violations = FeasibilityChecker.Check(problem, starts);
        if (!violations.IsEmpty)
        {
            throw new InvalidOperationException(
                $"Strategy '{Strategy.Name}' returned an infeasible schedule: "
                    + $"{string.Join("; ", violations.Take(5).Select(v => v.Message))}"
            );
        }
        var solution = new LevellingSolution(
            problem,
            starts,
            cancellationToken.IsCancellationRequested ? SolutionStatus.Cancelled : SolutionStatus.Feasible,
            schedules,
            Strategy.Name,
            violations
        );
        return
            (
                proven
                || problem.Model.Fitness(starts.AsSpan(), solution.Makespan, problem.Objective)
                    <= problem.Model.LowerBound
            ) && !cancellationToken.IsCancellationRequested
            ? new LevellingSolution(problem, starts, SolutionStatus.Optimal, schedules, Strategy.Name, violations)
            : solution;
    }
}
