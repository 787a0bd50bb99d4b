using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Intake;

/// <summary>The books of an intake run: rows read = accepted + rejected + duplicates, and the same for each
/// total.</summary>
/// <param name="RowsRead">The data rows read.</param>
/// <param name="Accepted">The rows accepted.</param>
/// <param name="Rejected">The rows rejected.</param>
/// <param name="Duplicates">The rows set aside as duplicates.</param>
/// <param name="Totals">The totals, by measure.</param>
public sealed record Reconciliation(
    long RowsRead,
    long Accepted,
    long Rejected,
    long Duplicates,
    ImmutableArray<TotalReconciliation> Totals
)
{
    /// <summary>Gets whether every identity holds: nothing was lost.</summary>
    public bool Reconciled => RowsRead == Accepted + Rejected + Duplicates && Totals.All(t => t.Holds);
}
