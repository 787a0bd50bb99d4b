using System;
using System.Threading;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>A way of solving levelling problems. Strategies are stateless and named; the solver checks what they
/// return.</summary>
public interface ILevellingStrategy
{
    /// <summary>Gets the strategy's name, such as <c>genetic</c>.</summary>
    string Name { get; }

    /// <summary>Solves a problem within the options' limits.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">The limits and seed.</param>
    /// <param name="progress">Told of each better schedule, if given.</param>
    /// <param name="cancellationToken">Stops the run; the best schedule so far is returned, marked cancelled.</param>
    /// <returns>The starts of the best schedule found, how many schedules were generated, and whether it is proven
    /// optimal.</returns>
    LevellingResult Solve(
        LevellingProblem problem,
        SolverOptions options,
        IProgress<LevellingProgress>? progress,
        CancellationToken cancellationToken
    );
}
