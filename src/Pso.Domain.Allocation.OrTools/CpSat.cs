using System;
using System.Globalization;
using Google.OrTools.Sat;

namespace Pso.Domain.Allocation.OrTools;

/// <summary>What the CP-SAT strategies share: a solver set up from the options.</summary>
internal static class CpSat
{
    /// <summary>A CP-SAT solver with the options' time limit (or a fallback), workers and seed.</summary>
    internal static CpSolver Solver(SolverOptions options, TimeSpan fallbackLimit) =>
        new()
        {
            StringParameters =
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"max_time_in_seconds:{(options.TimeLimit ?? fallbackLimit).TotalSeconds} "
                )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"num_workers:{Math.Max(1, options.DegreeOfParallelism)} random_seed:{options.Seed}"
                ),
        };
}
