using System;
using System.Linq;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting;

/// <summary>The earned value of a piece of work by each technique.</summary>
public static class EarnedValueTechniques
{
    /// <summary>Gets the earned value of a piece of work.</summary>
    /// <param name="technique">How the work's earned value is measured.</param>
    /// <param name="budget">The work's budget at completion.</param>
    /// <param name="progress">Its progress at the status date.</param>
    /// <param name="plannedValue">Its planned value at the status date (what <see
    /// cref="EarnedValueTechnique.LevelOfEffort"/>
    /// earns).</param>
    /// <returns>The earned value, exact (not rounded), never more than the budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A percent is outside 0 to 100, a milestone weight is negative, or
    /// the technique is not one of them.</exception>
    /// <exception cref="ArgumentException">Weighted milestones are asked for without milestones, or with weights that
    /// sum to zero.</exception>
    public static Money EarnedValue(
        EarnedValueTechnique technique,
        Money budget,
        WorkProgress progress,
        Money plannedValue
    )
    {
        ArgumentNullException.ThrowIfNull(progress);
        static decimal Percent(decimal value, string name)
        {
            Preconditions.CheckArgumentInRange(
                value is >= 0m and <= 100m,
                name,
                value,
                "A percent complete is from 0 to 100."
            );
            return value / 100m;
        }
        switch (technique)
        {
            case EarnedValueTechnique.PercentComplete:
                return budget * Percent(progress.PercentComplete, nameof(progress.PercentComplete));
            case EarnedValueTechnique.PhysicalPercentComplete:
                return budget * Percent(progress.PhysicalPercentComplete, nameof(progress.PhysicalPercentComplete));
            case EarnedValueTechnique.FixedZeroHundred:
                return progress.Finished ? budget : Money.Zero(budget.Currency);
            case EarnedValueTechnique.FixedFiftyFifty:
                return progress.Finished ? budget
                    : progress.Started ? budget / 2m
                    : Money.Zero(budget.Currency);
            case EarnedValueTechnique.WeightedMilestones:
                if (progress.Milestones.Any(m => m.Weight < 0m))
                {
                    throw new ArgumentOutOfRangeException(nameof(progress), "A milestone's weight cannot be negative.");
                }
                decimal total = progress.Milestones.Sum(m => m.Weight);
                Preconditions.CheckArgument(
                    total != 0m,
                    nameof(progress),
                    "Weighted milestones need milestones whose weights sum to more than zero."
                );
                return budget * progress.Milestones.Where(m => m.Achieved).Sum(m => m.Weight) / total;
            case EarnedValueTechnique.LevelOfEffort:
                return plannedValue > budget ? budget : plannedValue;
            default:
                throw new ArgumentOutOfRangeException(nameof(technique), technique, "Not an earned-value technique.");
        }
    }
}
