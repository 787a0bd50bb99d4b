using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Pso.Domain.Costs.Procurement;

/// <summary>A commitment (a purchase order): money promised to a vendor, line by line.</summary>
/// <param name="Id">The order's number.</param>
/// <param name="Vendor">The vendor.</param>
/// <param name="Date">The day it was placed.</param>
/// <param name="Project">The project it is for.</param>
public sealed record Commitment(CommitmentId Id, VendorId Vendor, LocalDate Date, ProjectId Project)
{
    /// <summary>Gets the lines.</summary>
    public ImmutableArray<CommitmentLine> Lines { get; init; } = [];

    /// <summary>Gets the committed amount before tax, in the lines' currency.</summary>
    public Money Total =>
        Lines.IsEmpty ? Money.Zero(Currency.None) : Money.Sum(Lines.Select(l => l.Amount), Lines[0].UnitPrice.Currency);
}
