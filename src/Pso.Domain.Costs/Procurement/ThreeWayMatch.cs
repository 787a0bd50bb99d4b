using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Costs.Procurement;

/// <summary>
/// Three-way matching: each invoice's lines against its stated total, each line against the commitment line it bills
/// (vendor, currency, unit price, quantity ordered) and against what was received or accepted, cumulatively in invoice
/// order. Nothing is dropped: every mismatch is reported; disputed invoices are matched too.
/// </summary>
public static class ThreeWayMatch
{
    /// <summary>Matches invoices against commitments and receipts.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="invoices">The invoices, in the order they arrived.</param>
    /// <param name="receipts">What was received or accepted.</param>
    /// <returns>The problems and the open commitments.</returns>
    public static MatchReport Match(
        IEnumerable<Commitment> commitments,
        IEnumerable<Invoice> invoices,
        IEnumerable<Receipt> receipts
    )
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(invoices);
        ArgumentNullException.ThrowIfNull(receipts);
        var orders = commitments.ToDictionary(c => c.Id);
        var received = receipts
            .GroupBy(r => (r.Commitment, r.Line))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity));
        var invoicedQuantity = new Dictionary<(CommitmentId, int), decimal>();
        var invoicedAmount = new Dictionary<CommitmentId, Money>();
        var seen = new HashSet<(VendorId, string)>();
        var issues = ImmutableArray.CreateBuilder<MatchIssue>();
        foreach (Invoice invoice in invoices)
        {
            void Report(string code, int? line, string message) =>
                issues.Add(new MatchIssue(code, invoice.Vendor, invoice.Number, line, message));
            string name = $"Invoice '{invoice.Number}' from '{invoice.Vendor}'";
            if (!seen.Add((invoice.Vendor, invoice.Number)))
            {
                Report(MatchCodes.DuplicateInvoice, null, $"{name} appears more than once.");
                continue;
            }
            if (!invoice.Lines.IsEmpty)
            {
                Money sum = Money.Sum(invoice.Lines.Select(l => l.Gross), invoice.Total.Currency);
                if (sum != invoice.Total)
                {
                    Report(
                        MatchCodes.LinesDoNotSum,
                        null,
                        $"{name} states {invoice.Total} but its lines add up to {sum}."
                    );
                }
            }
            foreach (InvoiceLine line in invoice.Lines.Where(l => l.Commitment is not null))
            {
                string at = $"{name}, line {line.Number}";
                if (!orders.TryGetValue(line.Commitment.GetValueOrDefault(), out Commitment? order))
                {
                    Report(
                        MatchCodes.UnknownCommitment,
                        line.Number,
                        $"{at} bills commitment '{line.Commitment}', which does not exist."
                    );
                    continue;
                }
                if (
                    order.Vendor != invoice.Vendor
                    || (!order.Lines.IsEmpty && order.Lines[0].UnitPrice.Currency != line.UnitPrice.Currency)
                )
                {
                    Report(
                        MatchCodes.CommitmentMismatch,
                        line.Number,
                        $"{at} is from '{invoice.Vendor}' in {line.UnitPrice.Currency.Code}; commitment '{order.Id}' "
                            + $"is with '{order.Vendor}' in {order.Total.Currency.Code}."
                    );
                    continue;
                }
                CommitmentLine? ordered = line.CommitmentLine is int n
                    ? order.Lines.FirstOrDefault(l => l.Number == n)
                    : null;
                if (ordered is null)
                {
                    Report(
                        MatchCodes.UnknownCommitment,
                        line.Number,
                        $"{at} bills line {CommitmentLineText(line)} of commitment '{order.Id}', "
                            + "which it does not have."
                    );
                    continue;
                }
                invoicedAmount[order.Id] = invoicedAmount.TryGetValue(order.Id, out Money so)
                    ? so + line.Net
                    : line.Net;
                if (line.UnitPrice != ordered.UnitPrice)
                {
                    Report(
                        MatchCodes.PriceMismatch,
                        line.Number,
                        $"{at} charges {line.UnitPrice} a unit; commitment '{order.Id}' line {ordered.Number} agreed "
                            + $"{ordered.UnitPrice}."
                    );
                }
                (CommitmentId, int) key = (order.Id, ordered.Number);
                decimal total = (invoicedQuantity.TryGetValue(key, out decimal before) ? before : 0) + line.Quantity;
                invoicedQuantity[key] = total;
                if (total > ordered.Quantity)
                {
                    Report(
                        MatchCodes.OverInvoiced,
                        line.Number,
                        $"{at} brings the quantity invoiced on commitment '{order.Id}' line {ordered.Number} to "
                            + $"{total}; {ordered.Quantity} were ordered."
                    );
                }
                decimal got = received.TryGetValue(key, out decimal r) ? r : 0;
                if (total > got)
                {
                    Report(
                        MatchCodes.NotReceived,
                        line.Number,
                        $"{at} brings the quantity invoiced on commitment '{order.Id}' line {ordered.Number} to "
                            + $"{total}; {got} were received or accepted."
                    );
                }
            }
        }
        var open = orders.Values.ToImmutableDictionary(
            o => o.Id,
            o =>
            {
                Money left = invoicedAmount.TryGetValue(o.Id, out Money invoiced) ? o.Total - invoiced : o.Total;
                return left.Amount < 0 ? Money.Zero(left.Currency) : left;
            }
        );
        return new MatchReport(issues.ToImmutable(), open);
    }

    private static string CommitmentLineText(InvoiceLine line) =>
        line.CommitmentLine?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)";
}
