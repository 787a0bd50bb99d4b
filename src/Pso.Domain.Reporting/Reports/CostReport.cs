using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Budgets;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Errors;
using Pso.Domain.Periods;

namespace Pso.Domain.Reporting.Reports;

/// <summary>
/// Budget against actual, committed and forecast cost by cost account and period, with the burn rate: what a cost
/// account manager reads first.
/// </summary>
public sealed record CostReport
{
    private CostReport(
        Currency currency,
        CostReportOptions options,
        ImmutableArray<CostAccountPeriod> rows,
        Money burnRate
    )
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

    /// <summary>Gets the burn rate: the actual cost per period, averaged over the last periods up to the status
    /// date.</summary>
    public Money BurnRate { get; }

    /// <summary>Gets how many periods the budget not yet spent lasts at the burn rate; null when nothing
    /// burns.</summary>
    public decimal? PeriodsOfBudgetLeft => BurnRate.Amount <= 0m ? null : (Budget - Actual).Amount / BurnRate.Amount;

    /// <summary>Builds the report.</summary>
    /// <param name="budget">The budget (its lines by cost account and dates).</param>
    /// <param name="actuals">The actual costs, in the budget's currency.</param>
    /// <param name="commitments">The purchase orders, in the budget's currency.</param>
    /// <param name="options">The status date and periods.</param>
    /// <param name="forecast">The forecast budget version, if any.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency than the budget's.</exception>
    public static CostReport Build(
        Budget budget,
        ActualCosts actuals,
        IEnumerable<Commitment> commitments,
        CostReportOptions options,
        Budget? forecast = null
    )
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

        IEnumerable<LocalDate> dates = budget
            .Lines.SelectMany(l => new[] { l.Dates.Start, l.Dates.End })
            .Concat(actuals.Items.Select(i => i.Date))
            .Concat(committed.Select(c => c.Date))
            .Append(options.AsOf);
        var span = new DateInterval(dates.Min(), dates.Max());
        ImmutableArray<ReportingPeriod> periods = options.Calendar.PeriodsIn(span, options.Unit);
        CostAccountId?[] accounts =
        [
            .. budget
                .Lines.Select(l => (CostAccountId?)l.Account)
                .Concat(actuals.Items.Select(i => i.Account))
                .Concat(committed.Select(c => c.Account))
                .Distinct()
                .OrderBy(a => a is null)
                .ThenBy(a => a),
        ];
        Money zero = Money.Zero(currency);
        ReportingPeriod PeriodOf(LocalDate date) => options.Calendar.PeriodOf(date, options.Unit);
        Dictionary<(CostAccountId?, ReportingPeriod), Money> actualBy = actuals
            .Items.GroupBy(i => (i.Account, PeriodOf(i.Date)))
            .ToDictionary(g => g.Key, g => Money.Sum(g.Select(i => i.Reporting), currency));
        Dictionary<(CostAccountId?, ReportingPeriod), Money> committedBy = committed
            .GroupBy(c => (c.Account, PeriodOf(c.Date)))
            .ToDictionary(g => g.Key, g => Money.Sum(g.Select(c => c.Amount), currency));
        var rows = ImmutableArray.CreateBuilder<CostAccountPeriod>();
        DateInterval[] periodDates = [.. periods.Select(p => p.Dates)];
        ImmutableArray<Money> none = [.. periods.Select(_ => zero)];
        // Each budget is phased over all the periods at once, so that an account's periods add up to its budget
        // exactly.
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
        Money burned = Money.Sum(
            actuals
                .Items.Where(i => recent.Any(p => p.Contains(i.Date)) && i.Date <= options.AsOf)
                .Select(i => i.Reporting),
            currency
        );
        return new CostReport(
            currency,
            options,
            rows.ToImmutable(),
            recent.Length == 0 ? zero : burned / recent.Length
        );
    }

    private static void Check(Currency expected, Currency actual)
    {
        if (expected != actual)
        {
            throw new CurrencyMismatchException(expected, actual);
        }
    }
}
