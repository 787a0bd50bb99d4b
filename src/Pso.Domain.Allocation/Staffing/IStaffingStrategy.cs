using System.Threading;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>A way of filling demands with people. Strategies are stateless and named; the solver checks and scores
/// what they return.</summary>
public interface IStaffingStrategy
{
    /// <summary>Gets the strategy's name, such as <c>min-cost-flow</c>.</summary>
    string Name { get; }

    /// <summary>Fills a problem's demands.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Stops the run; what is assigned so far is returned.</param>
    /// <returns>The assignments made (pinned ones excluded) and whether they are proven optimal.</returns>
    StaffingResult Solve(StaffingProblem problem, SolverOptions options, CancellationToken cancellationToken);
}
