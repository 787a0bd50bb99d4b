using System.Collections.Immutable;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>How a staffing strategy did on one harness problem.</summary>
/// <param name="Problem">The problem's name.</param>
/// <param name="Optimum">The best score any plan has.</param>
/// <param name="Score">The strategy's plan's score; null when the plan breaks a rule.</param>
/// <param name="Violations">The rules the plan breaks.</param>
/// <param name="Deterministic">Whether the same options gave the same plan twice.</param>
public sealed record StaffingHarnessCase(
    string Problem,
    Score Optimum,
    Score? Score,
    ImmutableArray<ScheduleViolation> Violations,
    bool Deterministic
)
{
    /// <summary>Gets whether the plan is feasible and the strategy deterministic.</summary>
    public bool Passed => Violations.IsEmpty && Deterministic;

    /// <summary>Gets whether the plan's score equals the optimum.</summary>
    public bool Optimal => Score is not null && Score == Optimum;
}
