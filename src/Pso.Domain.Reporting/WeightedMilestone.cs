namespace Pso.Domain.Reporting;

/// <summary>A milestone of a piece of work measured by <see cref="EarnedValueTechnique.WeightedMilestones"/>.</summary>
/// <param name="Weight">Its share of the budget, relative to the other milestones' (not negative).</param>
/// <param name="Achieved">Whether it has been achieved by the status date.</param>
public readonly record struct WeightedMilestone(decimal Weight, bool Achieved);
