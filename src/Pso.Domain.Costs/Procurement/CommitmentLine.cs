using System;

namespace Pso.Domain.Costs.Procurement;

/// <summary>A line of a commitment: what was ordered, how many, at what unit price.</summary>
/// <param name="Number">The line's number within its commitment.</param>
/// <param name="Description">What was ordered.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">The price of one, before tax.</param>
public sealed record CommitmentLine(int Number, string Description, decimal Quantity, Money UnitPrice)
{
    /// <summary>Gets the cost account charged, if known.</summary>
    public CostAccountId? Account { get; init; }

    /// <summary>Gets the line's amount before tax: quantity times unit price, to the minor unit.</summary>
    public Money Amount => (UnitPrice * Quantity).Round(MidpointRounding.AwayFromZero);
}
