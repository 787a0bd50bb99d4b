using System;
using NodaTime;

namespace Pso.Domain.Intake;

/// <summary>A total that must add up: what was read equals what was accepted, rejected and set aside as
/// duplicate.</summary>
/// <remarks>Hours are summed exactly, as work is (in ticks of 100 ns), and given as decimal hours: exact where they
/// have a finite decimal form (10:45:00 is 10.75), otherwise to 28 significant digits, so that their identity holds to
/// the tick.</remarks>
/// <param name="Measure">What is totalled, such as <c>hours</c> or a currency code.</param>
/// <param name="Read">The total over every row read.</param>
/// <param name="Accepted">The total over the accepted rows.</param>
/// <param name="Rejected">The total over the rejected rows (that had a readable amount).</param>
/// <param name="Duplicates">The total over the duplicates.</param>
public sealed record TotalReconciliation(
    string Measure,
    decimal Read,
    decimal Accepted,
    decimal Rejected,
    decimal Duplicates
)
{
    /// <summary>Gets whether the identity holds: exactly for money, to the tick for hours.</summary>
    public bool Holds =>
        Measure == "hours"
            ? Math.Abs(Read - (Accepted + Rejected + Duplicates)) * NodaConstants.TicksPerHour < 0.5m
            : Read == Accepted + Rejected + Duplicates;
}
