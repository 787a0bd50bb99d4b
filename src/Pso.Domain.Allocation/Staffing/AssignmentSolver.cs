using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>
/// Runs an assignment strategy, checks its plan with the independent <see cref="AssignmentChecker"/>, and returns it
/// with its score per named term and an explanation for every demand left (partly) unfilled.
/// </summary>
public sealed class AssignmentSolver
{
    /// <summary>Initialises a solver with a strategy.</summary>
    /// <param name="strategy">The strategy; <see cref="MinCostFlowAssignment"/> when null.</param>
    public AssignmentSolver(IAssignmentStrategy? strategy = null) => Strategy = strategy ?? new MinCostFlowAssignment();

    /// <summary>Gets the strategy.</summary>
    public IAssignmentStrategy Strategy { get; }

    /// <summary>Fills a problem's demands.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Limits; <see cref="SolverOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the run early; what is assigned so far is returned, marked cancelled.</param>
    /// <returns>The checked, scored plan.</returns>
    /// <exception cref="InvalidOperationException">The strategy returned a plan that breaks the problem's rules (a fault in
    /// the strategy); the message lists the violations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting of <paramref name="options"/> is out of its range
    /// (<see cref="SolverOptions.Validate"/>).</exception>
    public AssignmentSolution Solve(AssignmentProblem problem, SolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options = (options ?? SolverOptions.Default).Validate(nameof(options));
        AssignmentResult result = Strategy.Solve(problem, options, cancellationToken);
        ImmutableArray<ResourceAssignment> all = [.. problem.Pinned, .. result.Assignments];
        ImmutableArray<ScheduleViolation> violations = AssignmentChecker.Check(problem, all);
        if (!violations.IsEmpty)
        {
            throw new InvalidOperationException($"Strategy '{Strategy.Name}' returned an infeasible plan: {string.Join("; ", violations.Take(5).Select(v => v.Message))}");
        }
        SolutionStatus status = cancellationToken.IsCancellationRequested ? SolutionStatus.Cancelled
            : result.ProvenOptimal ? SolutionStatus.Optimal : SolutionStatus.Feasible;
        return new AssignmentSolution(problem, all, status, Strategy.Name);
    }
}
