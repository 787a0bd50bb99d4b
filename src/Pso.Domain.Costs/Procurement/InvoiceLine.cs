using System;

namespace Pso.Domain.Costs.Procurement;

/// <summary>A line of a supplier invoice.</summary>
/// <param name="Number">The line's number within its invoice.</param>
/// <param name="Description">What is charged.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">The price of one, before tax.</param>
public sealed record InvoiceLine(int Number, string Description, decimal Quantity, Money UnitPrice)
{
    /// <summary>Gets the tax on the line; none by default.</summary>
    public Money? Tax { get; init; }

    /// <summary>Gets the commitment the line bills against, if any.</summary>
    public CommitmentId? Commitment { get; init; }

    /// <summary>Gets the commitment line it bills against, if any.</summary>
    public int? CommitmentLine { get; init; }

    /// <summary>Gets the amount before tax: quantity times unit price, to the minor unit.</summary>
    public Money Net => (UnitPrice * Quantity).Round(MidpointRounding.AwayFromZero);

    /// <summary>Gets the amount with tax.</summary>
    public Money Gross => Tax is Money tax ? Net + tax : Net;
}
