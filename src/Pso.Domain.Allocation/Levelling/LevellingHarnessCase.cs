using System.Collections.Immutable;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>How a strategy did on one problem of the <see cref="LevellingHarness"/>.</summary>
/// <param name="Problem">The problem's name.</param>
/// <param name="Optimum">The optimal makespan.</param>
/// <param name="Makespan">The strategy's makespan, or -1 when its schedule is infeasible.</param>
/// <param name="Violations">What its schedule breaks; empty when feasible.</param>
/// <param name="Deterministic">Whether the same seed gave the same schedule twice.</param>
/// <param name="FeasibleWhenCancelled">Whether a run cancelled before it began still returned a feasible
/// schedule.</param>
public sealed record LevellingHarnessCase(
    string Problem,
    int Optimum,
    int Makespan,
    ImmutableArray<ScheduleViolation> Violations,
    bool Deterministic,
    bool FeasibleWhenCancelled
)
{
    /// <summary>Gets whether the strategy met every rule here (reaching the optimum is reported, not
    /// required).</summary>
    public bool Passed => Violations.IsEmpty && Deterministic && FeasibleWhenCancelled;

    /// <summary>Gets whether the strategy found an optimal schedule.</summary>
    public bool Optimal => Makespan == Optimum;
}
