using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>A demand left (partly) unfilled, and why.</summary>
/// <param name="Demand">The demand.</param>
/// <param name="Period">The period.</param>
/// <param name="Units">The units unfilled.</param>
/// <param name="Reason">Why, in a word.</param>
/// <param name="Explanation">Why, in a sentence naming the demand, its needs and the people considered.</param>
public sealed record UnfilledDemand(DemandId Demand, int Period, int Units, UnfilledReason Reason, string Explanation);
