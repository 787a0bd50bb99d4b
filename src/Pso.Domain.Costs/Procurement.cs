using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Pso.Domain.Costs;

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

/// <summary>A commitment (a purchase order): money promised to a vendor, line by line.</summary>
/// <param name="Id">The order's number.</param>
/// <param name="Vendor">The vendor.</param>
/// <param name="Date">The day it was placed.</param>
/// <param name="Project">The project it is for.</param>
public sealed record Commitment(string Id, string Vendor, LocalDate Date, ProjectId Project)
{
    /// <summary>Gets the lines.</summary>
    public ImmutableArray<CommitmentLine> Lines { get; init; } = [];

    /// <summary>Gets the committed amount before tax, in the lines' currency.</summary>
    public Money Total => Lines.IsEmpty ? Money.Zero(Currency.None) : Money.Sum(Lines.Select(l => l.Amount), Lines[0].UnitPrice.Currency);
}

/// <summary>Where a supplier invoice stands.</summary>
public enum InvoiceStatus
{
    /// <summary>Received, not yet approved.</summary>
    Draft = 0,

    /// <summary>Approved for payment.</summary>
    Approved = 1,

    /// <summary>Paid.</summary>
    Paid = 2,

    /// <summary>Disputed with the vendor; it goes back to approved once settled.</summary>
    Disputed = 3,
}

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
    public string? Commitment { get; init; }

    /// <summary>Gets the commitment line it bills against, if any.</summary>
    public int? CommitmentLine { get; init; }

    /// <summary>Gets the amount before tax: quantity times unit price, to the minor unit.</summary>
    public Money Net => (UnitPrice * Quantity).Round(MidpointRounding.AwayFromZero);

    /// <summary>Gets the amount with tax.</summary>
    public Money Gross => Tax is Money tax ? Net + tax : Net;
}

/// <summary>A supplier invoice, whose status moves draft → approved → paid, or to disputed and back to approved.</summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="Number">The vendor's invoice number.</param>
/// <param name="Issued">The day it was issued.</param>
/// <param name="Total">The total it states, tax included.</param>
public sealed record Invoice(string Vendor, string Number, LocalDate Issued, Money Total)
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
    public Invoice Approve() => Status is InvoiceStatus.Draft or InvoiceStatus.Disputed
        ? this with { Status = InvoiceStatus.Approved, DisputeReason = null }
        : throw Illegal("approve");

    /// <summary>Records payment of an approved invoice.</summary>
    /// <param name="on">The day it was paid.</param>
    /// <returns>The paid invoice.</returns>
    /// <exception cref="InvalidOperationException">It is not approved.</exception>
    public Invoice Pay(LocalDate on) => Status == InvoiceStatus.Approved ? this with { Status = InvoiceStatus.Paid, PaidOn = on } : throw Illegal("pay");

    /// <summary>Disputes a draft or approved invoice.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The disputed invoice.</returns>
    /// <exception cref="InvalidOperationException">It is paid or already disputed.</exception>
    public Invoice Dispute(string reason) => Status is InvoiceStatus.Draft or InvoiceStatus.Approved
        ? this with { Status = InvoiceStatus.Disputed, DisputeReason = reason }
        : throw Illegal("dispute");

    private InvalidOperationException Illegal(string action) =>
        new($"Invoice '{Number}' from '{Vendor}' is {Status.ToString().ToLowerInvariant()}: it cannot {action}.");
}

/// <summary>Goods or services received (or accepted) against a commitment line.</summary>
/// <param name="Commitment">The commitment.</param>
/// <param name="Line">The commitment line.</param>
/// <param name="Date">The day of receipt or acceptance.</param>
/// <param name="Quantity">How many.</param>
public sealed record Receipt(string Commitment, int Line, LocalDate Date, decimal Quantity);

/// <summary>One thing wrong found by matching invoices against commitments and receipts.</summary>
/// <param name="Code">The stable code, one of <see cref="MatchCodes"/>.</param>
/// <param name="Vendor">The vendor.</param>
/// <param name="Invoice">The invoice number.</param>
/// <param name="Line">The invoice line, when one.</param>
/// <param name="Message">What is wrong, naming the records.</param>
public sealed record MatchIssue(string Code, string Vendor, string Invoice, int? Line, string Message);

/// <summary>The stable codes of matching problems.</summary>
public static class MatchCodes
{
    /// <summary>The lines (with tax) do not add up to the invoice's stated total.</summary>
    public const string LinesDoNotSum = "costs.invoice-lines-do-not-sum";

    /// <summary>A vendor's invoice number appears twice.</summary>
    public const string DuplicateInvoice = "costs.duplicate-invoice";

    /// <summary>A line names a commitment or commitment line that does not exist.</summary>
    public const string UnknownCommitment = "costs.unknown-commitment";

    /// <summary>An invoice is in another currency than its commitment, or from another vendor.</summary>
    public const string CommitmentMismatch = "costs.commitment-mismatch";

    /// <summary>A line's unit price differs from the commitment line's.</summary>
    public const string PriceMismatch = "costs.price-mismatch";

    /// <summary>More has been invoiced on a commitment line than was ordered.</summary>
    public const string OverInvoiced = "costs.over-invoiced";

    /// <summary>More has been invoiced on a commitment line than was received or accepted.</summary>
    public const string NotReceived = "costs.not-received";
}

/// <summary>The result of matching: every problem found, and each commitment's open amount.</summary>
/// <param name="Issues">Every problem, invoice by invoice, line by line.</param>
/// <param name="Open">Each commitment's open amount: committed less invoiced (before tax), never below zero.</param>
public sealed record MatchReport(ImmutableArray<MatchIssue> Issues, ImmutableDictionary<string, Money> Open);

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
    public static MatchReport Match(IEnumerable<Commitment> commitments, IEnumerable<Invoice> invoices, IEnumerable<Receipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(invoices);
        ArgumentNullException.ThrowIfNull(receipts);
        var orders = commitments.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var received = receipts.GroupBy(r => (r.Commitment, r.Line)).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity));
        var invoicedQuantity = new Dictionary<(string, int), decimal>();
        var invoicedAmount = new Dictionary<string, Money>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var issues = ImmutableArray.CreateBuilder<MatchIssue>();
        foreach (Invoice invoice in invoices)
        {
            void Report(string code, int? line, string message) => issues.Add(new MatchIssue(code, invoice.Vendor, invoice.Number, line, message));
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
                    Report(MatchCodes.LinesDoNotSum, null, $"{name} states {invoice.Total} but its lines add up to {sum}.");
                }
            }
            foreach (InvoiceLine line in invoice.Lines.Where(l => l.Commitment is not null))
            {
                string at = $"{name}, line {line.Number}";
                if (!orders.TryGetValue(line.Commitment!, out Commitment? order))
                {
                    Report(MatchCodes.UnknownCommitment, line.Number, $"{at} bills commitment '{line.Commitment}', which does not exist.");
                    continue;
                }
                if (order.Vendor != invoice.Vendor || (!order.Lines.IsEmpty && order.Lines[0].UnitPrice.Currency != line.UnitPrice.Currency))
                {
                    Report(MatchCodes.CommitmentMismatch, line.Number, $"{at} is from '{invoice.Vendor}' in {line.UnitPrice.Currency.Code}; commitment '{order.Id}' is with '{order.Vendor}' in {order.Total.Currency.Code}.");
                    continue;
                }
                CommitmentLine? ordered = line.CommitmentLine is int n ? order.Lines.FirstOrDefault(l => l.Number == n) : null;
                if (ordered is null)
                {
                    Report(MatchCodes.UnknownCommitment, line.Number, $"{at} bills line {line.CommitmentLine?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} of commitment '{order.Id}', which it does not have.");
                    continue;
                }
                invoicedAmount[order.Id] = invoicedAmount.TryGetValue(order.Id, out Money so) ? so + line.Net : line.Net;
                if (line.UnitPrice != ordered.UnitPrice)
                {
                    Report(MatchCodes.PriceMismatch, line.Number, $"{at} charges {line.UnitPrice} a unit; commitment '{order.Id}' line {ordered.Number} agreed {ordered.UnitPrice}.");
                }
                (string, int) key = (order.Id, ordered.Number);
                decimal total = (invoicedQuantity.TryGetValue(key, out decimal before) ? before : 0) + line.Quantity;
                invoicedQuantity[key] = total;
                if (total > ordered.Quantity)
                {
                    Report(MatchCodes.OverInvoiced, line.Number, $"{at} brings the quantity invoiced on commitment '{order.Id}' line {ordered.Number} to {total}; {ordered.Quantity} were ordered.");
                }
                decimal got = received.TryGetValue(key, out decimal r) ? r : 0;
                if (total > got)
                {
                    Report(MatchCodes.NotReceived, line.Number, $"{at} brings the quantity invoiced on commitment '{order.Id}' line {ordered.Number} to {total}; {got} were received or accepted.");
                }
            }
        }
        var open = orders.Values.ToImmutableDictionary(o => o.Id, o =>
        {
            Money left = invoicedAmount.TryGetValue(o.Id, out Money invoiced) ? o.Total - invoiced : o.Total;
            return left.Amount < 0 ? Money.Zero(left.Currency) : left;
        }, StringComparer.Ordinal);
        return new MatchReport(issues.ToImmutable(), open);
    }
}
