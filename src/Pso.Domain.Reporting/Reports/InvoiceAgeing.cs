using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Procurement;

namespace Pso.Domain.Reporting.Reports;

/// <summary>
/// Invoice ageing in one currency: the unpaid invoices (drafts, approved or disputed) by how long they are past due at
/// a date. An invoice without a due date is due the given number of days after it was issued.
/// </summary>
public sealed record InvoiceAgeing
{
    private InvoiceAgeing(Currency currency, LocalDate asOf, ImmutableArray<AgeingLine> buckets)
    {
        Currency = currency;
        AsOf = asOf;
        Buckets = buckets;
    }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the date the ages are measured at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the buckets, one per <see cref="AgeingBucket"/>, in order.</summary>
    public ImmutableArray<AgeingLine> Buckets { get; }

    /// <summary>Gets the total unpaid.</summary>
    public Money Unpaid => Money.Sum(Buckets.Select(b => b.Amount), Currency);

    /// <summary>Gets the total past due.</summary>
    public Money Overdue =>
        Money.Sum(Buckets.Where(b => b.Bucket != AgeingBucket.NotYetDue).Select(b => b.Amount), Currency);

    /// <summary>Ages unpaid invoices, one result per currency.</summary>
    /// <param name="invoices">The invoices; paid ones are left out.</param>
    /// <param name="asOf">The date the ages are measured at.</param>
    /// <param name="paymentTermsDays">The days after issue an invoice without a due date is due; 30 unless
    /// given.</param>
    /// <returns>The ageing per currency, by currency code.</returns>
    public static ImmutableArray<InvoiceAgeing> Of(
        IEnumerable<Invoice> invoices,
        LocalDate asOf,
        int paymentTermsDays = 30
    )
    {
        ArgumentNullException.ThrowIfNull(invoices);
        return
        [
            .. invoices
                .Where(i => i.Status != InvoiceStatus.Paid)
                .GroupBy(i => i.Total.Currency)
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var lines = Enum.GetValues<AgeingBucket>()
                        .Select(b =>
                        {
                            Invoice[] inBucket = [.. g.Where(i => BucketOf(i, asOf, paymentTermsDays) == b)];
                            return new AgeingLine(b, inBucket.Length, Money.Sum(inBucket.Select(i => i.Total), g.Key));
                        });
                    return new InvoiceAgeing(g.Key, asOf, [.. lines]);
                }),
        ];
    }

    /// <summary>Returns the bucket of an invoice at a date.</summary>
    /// <param name="invoice">The invoice.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="paymentTermsDays">The days after issue an invoice without a due date is due.</param>
    /// <returns>The bucket.</returns>
    public static AgeingBucket BucketOf(Invoice invoice, LocalDate asOf, int paymentTermsDays = 30)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        LocalDate due = invoice.Due ?? invoice.Issued.PlusDays(paymentTermsDays);
        int days = Period.DaysBetween(due, asOf);
        return days switch
        {
            < 0 => AgeingBucket.NotYetDue,
            <= 30 => AgeingBucket.Days0To30,
            <= 60 => AgeingBucket.Days31To60,
            <= 90 => AgeingBucket.Days61To90,
            _ => AgeingBucket.Over90Days,
        };
    }
}
