using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Intake;

/// <summary>The books of an intake run: rows read = accepted + rejected + duplicates, and the same for each
/// total.</summary>
/// <param name="RowsRead">The data rows read.</param>
/// <param name="RowsAccepted">The rows accepted (several rows may make one record, as an invoice's lines
/// do).</param>
/// <param name="RowsRejected">The rows rejected.</param>
/// <param name="RowsDuplicate">The rows set aside as duplicates.</param>
/// <param name="Totals">The totals, by measure.</param>
public sealed record Reconciliation(
    long RowsRead,
    long RowsAccepted,
    long RowsRejected,
    long RowsDuplicate,
    ImmutableArray<TotalReconciliation> Totals
)
{
    /// <summary>Gets whether every identity holds: nothing was lost.</summary>
    public bool Reconciled => RowsRead == RowsAccepted + RowsRejected + RowsDuplicate && Totals.All(t => t.Holds);
}
