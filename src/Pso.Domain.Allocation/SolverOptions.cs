using System;

namespace Pso.Domain.Allocation;

/// <summary>Limits and settings of a solver run.</summary>
public sealed record SolverOptions
{
    /// <summary>Gets the default settings: 5,000 schedules, no time limit, seed 1.</summary>
    public static SolverOptions Default { get; } = new();

    /// <summary>Gets how many schedules a strategy may generate, counted as the literature counts them (every schedule
    /// a generation scheme builds, each justification pass included); 5,000 by default.</summary>
    public long ScheduleBudget { get; init; } = 5_000;

    /// <summary>Gets the wall-clock limit, if any. A run stopped by time is not reproducible; one stopped by the
    /// schedule budget is.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Gets how many threads a strategy may use; 1 by default. The answer does not depend on it: strategies
    /// that use several threads split the work so that the same problem, options and seed give the same
    /// solution.</summary>
    public int DegreeOfParallelism { get; init; } = 1;

    /// <summary>Gets after how many schedules without a better one a strategy stops, if at all; none by
    /// default.</summary>
    public long? StagnationLimit { get; init; }

    /// <summary>Gets the seed of the random choices: the same problem, options and seed give the same
    /// solution.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Checks the settings, as every solver does before it starts: a budget or stagnation limit below zero, a
    /// degree of parallelism below one or a time limit below zero is refused, naming the setting.</summary>
    /// <param name="paramName">The name of the options' parameter, for the exception.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range.</exception>
    public SolverOptions Validate(string paramName = "options")
    {
        static void Refuse(string paramName, object value, string message) =>
            throw new ArgumentOutOfRangeException(paramName, value, message);
        if (ScheduleBudget < 0)
        {
            Refuse(
                paramName,
                ScheduleBudget,
                $"SolverOptions.ScheduleBudget is {ScheduleBudget}; a budget of schedules is zero or more."
            );
        }
        if (DegreeOfParallelism < 1)
        {
            Refuse(
                paramName,
                DegreeOfParallelism,
                $"SolverOptions.DegreeOfParallelism is {DegreeOfParallelism}; at least one thread is needed."
            );
        }
        if (TimeLimit is TimeSpan limit && limit < TimeSpan.Zero)
        {
            Refuse(
                paramName,
                limit,
                $"SolverOptions.TimeLimit is {limit}; a time limit is zero or more (null for none)."
            );
        }
        if (StagnationLimit is long stagnation && stagnation < 0)
        {
            Refuse(
                paramName,
                stagnation,
                $"SolverOptions.StagnationLimit is {stagnation}; it is zero or more (null for none)."
            );
        }
        return this;
    }
}
