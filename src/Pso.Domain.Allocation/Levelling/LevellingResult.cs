using System.Collections.Immutable;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>What a levelling strategy returns.</summary>
/// <param name="Starts">Each activity's start period, in the problem's order of activities.</param>
/// <param name="Schedules">How many schedules were generated (0 for strategies that do not count them).</param>
/// <param name="ProvenOptimal">Whether the strategy proved that no schedule is shorter.</param>
public sealed record LevellingResult(ImmutableArray<int> Starts, long Schedules, bool ProvenOptimal = false);
