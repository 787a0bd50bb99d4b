using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs;
using Pso.Domain.Errors;
using Pso.Domain.Periods;

namespace Pso.Domain.Reporting;

/// <summary>One cost account in one period: budget, actual, committed and forecast.</summary>
/// <param name="Account">The cost account; null for costs charged to none.</param>
/// <param name="Period">The period.</param>
/// <param name="Budget">The budget of the period (budget lines prorated by day).</param>
/// <param name="Actual">The actual cost booked in the period.</param>
/// <param name="Committed">The purchase orders placed in the period.</param>
/// <param name="Forecast">The forecast of the period (the forecast budget version), or the budget when none is given.</param>
public sealed record CostAccountPeriod(CostAccountId? Account, ReportingPeriod Period, Money Budget, Money Actual, Money Committed, Money Forecast);

/// <summary>How a cost report is built.</summary>
/// <param name="AsOf">The status date: the burn rate is measured up to it.</param>
public sealed record CostReportOptions(LocalDate AsOf)
{
    /// <summary>Gets the reporting period; months unless set.</summary>
    public PeriodUnit Unit { get; init; } = PeriodUnit.Month;

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; init; } = ReportingCalendar.Default;

    /// <summary>Gets how many periods up to the status date the burn rate averages over; three unless set.</summary>
    public int BurnPeriods { get; init; } = 3;
}

/// <summary>
/// Budget against actual, committed and forecast cost by cost account and period, with the burn rate: what a cost
/// account manager reads first.
/// </summary>
public sealed record CostReport
{
    private CostReport(Currency currency, CostReportOptions options, ImmutableArray<CostAccountPeriod> rows, Money burnRate)
    {
        Currency = currency;
        AsOf = options.AsOf;
        Unit = options.Unit;
        Rows = rows;
        Money zero = Money.Zero(currency);
        Budget = rows.Aggregate(zero, (sum, r) => sum + r.Budget);
        Actual = rows.Aggregate(zero, (sum, r) => sum + r.Actual);
        Committed = rows.Aggregate(zero, (sum, r) => sum + r.Committed);
        Forecast = rows.Aggregate(zero, (sum, r) => sum + r.Forecast);
        BurnRate = burnRate;
    }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the status date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the reporting period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the rows: by cost account (unassigned last), then period.</summary>
    public ImmutableArray<CostAccountPeriod> Rows { get; }

    /// <summary>Gets the total budget.</summary>
    public Money Budget { get; }

    /// <summary>Gets the total actual cost.</summary>
    public Money Actual { get; }

    /// <summary>Gets the total committed.</summary>
    public Money Committed { get; }

    /// <summary>Gets the total forecast.</summary>
    public Money Forecast { get; }

    /// <summary>Gets the burn rate: the actual cost per period, averaged over the last periods up to the status date.</summary>
    public Money BurnRate { get; }

    /// <summary>Gets how many periods the budget not yet spent lasts at the burn rate; null when nothing burns.</summary>
    public decimal? PeriodsOfBudgetLeft => BurnRate.Amount <= 0m ? null : (Budget - Actual).Amount / BurnRate.Amount;

    /// <summary>Builds the report.</summary>
    /// <param name="budget">The budget (its lines by cost account and dates).</param>
    /// <param name="actuals">The actual costs, in the budget's currency.</param>
    /// <param name="commitments">The purchase orders, in the budget's currency.</param>
    /// <param name="options">The status date and periods.</param>
    /// <param name="forecast">The forecast budget version, if any.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency than the budget's.</exception>
    public static CostReport Build(Budget budget, ActualCosts actuals, IEnumerable<Commitment> commitments, CostReportOptions options, Budget? forecast = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(options);
        Currency currency = budget.Currency;
        Check(currency, actuals.Currency);
        if (forecast is not null)
        {
            Check(currency, forecast.Currency);
        }
        var committed = commitments.SelectMany(c => c.Lines.Select(l => (c.Date, l.Account, l.Amount))).ToList();
        committed.ForEach(c => Check(currency, c.Amount.Currency));

        IEnumerable<LocalDate> dates = budget.Lines.SelectMany(l => new[] { l.Dates.Start, l.Dates.End })
            .Concat(actuals.Items.Select(i => i.Date)).Concat(committed.Select(c => c.Date)).Append(options.AsOf);
        var span = new DateInterval(dates.Min(), dates.Max());
        ImmutableArray<ReportingPeriod> periods = options.Calendar.PeriodsIn(span, options.Unit);
        CostAccountId?[] accounts = [.. budget.Lines.Select(l => (CostAccountId?)l.Account)
            .Concat(actuals.Items.Select(i => i.Account)).Concat(committed.Select(c => c.Account))
            .Distinct().OrderBy(a => a is null).ThenBy(a => a)];
        Money zero = Money.Zero(currency);
        ReportingPeriod PeriodOf(LocalDate date) => options.Calendar.PeriodOf(date, options.Unit);
        Dictionary<(CostAccountId?, ReportingPeriod), Money> actualBy = actuals.Items.GroupBy(i => (i.Account, PeriodOf(i.Date)))
            .ToDictionary(g => g.Key, g => Money.Sum(g.Select(i => i.Reporting), currency));
        Dictionary<(CostAccountId?, ReportingPeriod), Money> committedBy = committed.GroupBy(c => (c.Account, PeriodOf(c.Date)))
            .ToDictionary(g => g.Key, g => Money.Sum(g.Select(c => c.Amount), currency));
        var rows = ImmutableArray.CreateBuilder<CostAccountPeriod>();
        DateInterval[] periodDates = [.. periods.Select(p => p.Dates)];
        ImmutableArray<Money> none = [.. periods.Select(_ => zero)];
        // Each budget is phased over all the periods at once, so that an account's periods add up to its budget exactly.
        ImmutableArray<Money> Phased(Budget phased, CostAccountId? account) =>
            account is CostAccountId id && phased.Accounts.Contains(id) ? phased.AmountsIn(id, periodDates) : none;
        foreach (CostAccountId? account in accounts)
        {
            ImmutableArray<Money> budgeted = Phased(budget, account);
            ImmutableArray<Money> forecasts = forecast is null ? budgeted : Phased(forecast, account);
            for (int p = 0; p < periods.Length; p++)
            {
                ReportingPeriod period = periods[p];
                Money planned = budgeted[p];
                Money actual = actualBy.GetValueOrDefault((account, period), zero);
                Money placed = committedBy.GetValueOrDefault((account, period), zero);
                Money forecasted = forecasts[p];
                if (planned.Amount != 0m || actual.Amount != 0m || placed.Amount != 0m || forecasted.Amount != 0m)
                {
                    rows.Add(new CostAccountPeriod(account, period, planned, actual, placed, forecasted));
                }
            }
        }
        ReportingPeriod now = options.Calendar.PeriodOf(options.AsOf, options.Unit);
        ReportingPeriod[] recent = [.. periods.Where(p => p <= now).TakeLast(Math.Max(1, options.BurnPeriods))];
        Money burned = Money.Sum(actuals.Items.Where(i => recent.Any(p => p.Contains(i.Date)) && i.Date <= options.AsOf).Select(i => i.Reporting), currency);
        return new CostReport(currency, options, rows.ToImmutable(), recent.Length == 0 ? zero : burned / recent.Length);
    }

    private static void Check(Currency expected, Currency actual)
    {
        if (expected != actual)
        {
            throw new CurrencyMismatchException(expected, actual);
        }
    }
}

/// <summary>How long an unpaid invoice is past its due date.</summary>
public enum AgeingBucket
{
    /// <summary>Not yet due.</summary>
    NotYetDue,

    /// <summary>0 to 30 days past due.</summary>
    Days0To30,

    /// <summary>31 to 60 days past due.</summary>
    Days31To60,

    /// <summary>61 to 90 days past due.</summary>
    Days61To90,

    /// <summary>More than 90 days past due.</summary>
    Over90Days,
}

/// <summary>The unpaid invoices of one ageing bucket.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Invoices">How many invoices.</param>
/// <param name="Amount">Their total.</param>
public sealed record AgeingLine(AgeingBucket Bucket, int Invoices, Money Amount);

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
    public Money Overdue => Money.Sum(Buckets.Where(b => b.Bucket != AgeingBucket.NotYetDue).Select(b => b.Amount), Currency);

    /// <summary>Ages unpaid invoices, one result per currency.</summary>
    /// <param name="invoices">The invoices; paid ones are left out.</param>
    /// <param name="asOf">The date the ages are measured at.</param>
    /// <param name="paymentTermsDays">The days after issue an invoice without a due date is due; 30 unless given.</param>
    /// <returns>The ageing per currency, by currency code.</returns>
    public static ImmutableArray<InvoiceAgeing> Of(IEnumerable<Invoice> invoices, LocalDate asOf, int paymentTermsDays = 30)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        return [.. invoices.Where(i => i.Status != InvoiceStatus.Paid).GroupBy(i => i.Total.Currency).OrderBy(g => g.Key).Select(g =>
        {
            var lines = Enum.GetValues<AgeingBucket>().Select(b =>
            {
                Invoice[] inBucket = [.. g.Where(i => BucketOf(i, asOf, paymentTermsDays) == b)];
                return new AgeingLine(b, inBucket.Length, Money.Sum(inBucket.Select(i => i.Total), g.Key));
            });
            return new InvoiceAgeing(g.Key, asOf, [.. lines]);
        })];
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
