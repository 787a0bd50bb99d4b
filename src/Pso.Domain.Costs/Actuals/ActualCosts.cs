using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Budgets;

namespace Pso.Domain.Costs.Actuals;

/// <summary>
/// Actual cost collected from costed time entries and expenses, each converted to the reporting currency with the dated
/// rate table on its own date (rounded to the minor unit, half away from zero), sorted by date, project and account,
/// and summed by project, by cost account (rolling up) and over dates.
/// </summary>
public sealed class ActualCosts
{
    private ActualCosts(Currency currency, ImmutableArray<CostItem> items)
    {
        Currency = currency;
        Items = items;
    }

    /// <summary>Gets the reporting currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the items, by date, project, account.</summary>
    public ImmutableArray<CostItem> Items { get; }

    /// <summary>Gets the total in the reporting currency.</summary>
    public Money Total => Money.Sum(Items.Select(i => i.Reporting), Currency);

    /// <summary>Collects actual costs.</summary>
    /// <param name="labour">Costed time entries.</param>
    /// <param name="expenses">Expenses.</param>
    /// <param name="currency">The reporting currency.</param>
    /// <param name="rates">The dated exchange rates; needed only when an amount is in another currency.</param>
    /// <returns>The collected costs.</returns>
    /// <exception cref="Pso.Domain.Errors.ExchangeRateNotFoundException">An amount is in another currency and no rate
    /// covers its date.</exception>
    public static ActualCosts Collect(
        IEnumerable<CostedTimeEntry> labour,
        IEnumerable<Expense> expenses,
        Currency currency,
        ExchangeRateTable? rates
    )
    {
        ArgumentNullException.ThrowIfNull(labour);
        ArgumentNullException.ThrowIfNull(expenses);
        Money Convert(Money amount, LocalDate date) =>
            amount.Currency == currency
                ? amount
                : (rates ?? new ExchangeRateTable([])).Convert(amount, currency, date, MidpointRounding.AwayFromZero);
        IEnumerable<CostItem> items = labour
            .Select(c => new CostItem(
                CostKind.Labour,
                c.Entry.Date,
                c.Entry.Project,
                c.Cost,
                Convert(c.Cost, c.Entry.Date)
            )
            {
                Account = c.Entry.Account,
                Activity = c.Entry.Activity,
                Resource = c.Entry.Resource,
            })
            .Concat(
                expenses.Select(e => new CostItem(
                    CostKind.Expense,
                    e.Date,
                    e.Project,
                    e.Amount,
                    Convert(e.Amount, e.Date)
                )
                {
                    Account = e.Account,
                    Activity = e.Activity,
                })
            );
        return new ActualCosts(
            currency,
            [
                .. items
                    .Select((item, i) => (item, i))
                    .OrderBy(x => x.item.Date)
                    .ThenBy(x => x.item.Project)
                    .ThenBy(x => x.item.Account?.Value, StringComparer.Ordinal)
                    .ThenBy(x => x.i)
                    .Select(x => x.item),
            ]
        );
    }

    /// <summary>Gets the total of a project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The total in the reporting currency.</returns>
    public Money TotalOf(ProjectId project) =>
        Money.Sum(Items.Where(i => i.Project == project).Select(i => i.Reporting), Currency);

    /// <summary>Gets the total charged to an account and every account below it.</summary>
    /// <param name="account">The account.</param>
    /// <param name="accounts">The cost account tree.</param>
    /// <returns>The total in the reporting currency.</returns>
    public Money TotalOf(CostAccountId account, CostAccountTree accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return Money.Sum(
            Items.Where(i => i.Account is CostAccountId a && accounts.RollsUpInto(a, account)).Select(i => i.Reporting),
            Currency
        );
    }

    /// <summary>Gets the total incurred over some dates.</summary>
    /// <param name="dates">The dates.</param>
    /// <returns>The total in the reporting currency.</returns>
    public Money TotalIn(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return Money.Sum(Items.Where(i => dates.Contains(i.Date)).Select(i => i.Reporting), Currency);
    }
}
