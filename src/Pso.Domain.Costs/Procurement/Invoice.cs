using System;
using System.Collections.Immutable;
using NodaTime;

namespace Pso.Domain.Costs.Procurement;

/// <summary>A supplier invoice, whose status moves draft → approved → paid, or to disputed and back to
/// approved.</summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="Number">The vendor's invoice number.</param>
/// <param name="Issued">The day it was issued.</param>
/// <param name="Total">The total it states, tax included.</param>
public sealed record Invoice(VendorId Vendor, string Number, LocalDate Issued, Money Total)
{
    /// <summary>Gets the lines.</summary>
    public ImmutableArray<InvoiceLine> Lines { get; init; } = [];

    /// <summary>Gets the day payment is due, if stated.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>Gets the day it was paid, once paid.</summary>
    public LocalDate? PaidOn { get; init; }

    /// <summary>Gets its status; draft by default.</summary>
    public InvoiceStatus Status { get; init; }

    /// <summary>Gets why it is disputed, when it is.</summary>
    public string? DisputeReason { get; init; }

    /// <summary>Approves a draft or settles a dispute.</summary>
    /// <returns>The approved invoice.</returns>
    /// <exception cref="InvalidOperationException">It is already approved or paid.</exception>
    public Invoice Approve() =>
        Status is InvoiceStatus.Draft or InvoiceStatus.Disputed
            ? this with
            {
                Status = InvoiceStatus.Approved,
                DisputeReason = null,
            }
            : throw Illegal("approve");

    /// <summary>Records payment of an approved invoice.</summary>
    /// <param name="on">The day it was paid.</param>
    /// <returns>The paid invoice.</returns>
    /// <exception cref="InvalidOperationException">It is not approved.</exception>
    public Invoice Pay(LocalDate on) =>
        Status == InvoiceStatus.Approved
            ? this with
            {
                Status = InvoiceStatus.Paid,
                PaidOn = on,
            }
            : throw Illegal("pay");

    /// <summary>Disputes a draft or approved invoice.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The disputed invoice.</returns>
    /// <exception cref="InvalidOperationException">It is paid or already disputed.</exception>
    public Invoice Dispute(string reason) =>
        Status is InvoiceStatus.Draft or InvoiceStatus.Approved
            ? this with
            {
                Status = InvoiceStatus.Disputed,
                DisputeReason = reason,
            }
            : throw Illegal("dispute");

    private InvalidOperationException Illegal(string action) =>
        new($"Invoice '{Number}' from '{Vendor}' is {Status.ToString().ToLowerInvariant()}: it cannot {action}.");
}
