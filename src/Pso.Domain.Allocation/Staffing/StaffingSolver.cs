using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>
/// Runs a staffing strategy, checks its plan with the independent <see cref="StaffingChecker"/>, and returns it
/// with its score per named term and an explanation for every demand left (partly) unfilled.
/// </summary>
public sealed class StaffingSolver
{
    /// <summary>Initialises a solver with a strategy.</summary>
    /// <param name="strategy">The strategy; <see cref="MinCostFlowStaffing"/> when null.</param>
    public StaffingSolver(IStaffingStrategy? strategy = null) => Strategy = strategy ?? new MinCostFlowStaffing();

    /// <summary>Gets the strategy.</summary>
    public IStaffingStrategy Strategy { get; }

    /// <summary>Fills a problem's demands.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Limits; <see cref="SolverOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the run early; what is assigned so far is returned, marked
    /// cancelled.</param>
    /// <returns>The checked, scored plan.</returns>
    /// <exception cref="InvalidOperationException">The strategy returned a plan that breaks the problem's rules (a
    /// fault in
    /// the strategy); the message lists the violations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting of <paramref name="options"/> is out of its range
    /// (<see cref="SolverOptions.Validate"/>).</exception>
    public StaffingSolution Solve(
        StaffingProblem problem,
        SolverOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(problem);
        options = (options ?? SolverOptions.Default).Validate(nameof(options));
        StaffingResult result = Strategy.Solve(problem, options, cancellationToken);
        ImmutableArray<ResourceAssignment> all = [.. problem.Pinned, .. result.Assignments];
        ImmutableArray<ScheduleViolation> violations = StaffingChecker.Check(problem, all);
        if (!violations.IsEmpty)
        {
            throw new InvalidOperationException(
                $"Strategy '{Strategy.Name}' returned an infeasible plan: "
                    + $"{string.Join("; ", violations.Take(5).Select(v => v.Message))}"
            );
        }
        SolutionStatus status =
            cancellationToken.IsCancellationRequested ? SolutionStatus.Cancelled
            : result.ProvenOptimal ? SolutionStatus.Optimal
            : SolutionStatus.Feasible;
        return new StaffingSolution(problem, all, status, Strategy.Name, violations);
    }
}
