using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Utility;

namespace Pso.Domain.Costs.Budgets;

/// <summary>
/// A budget in one version and one reporting currency, by cost account and dates, checked against the accounts: every
/// line names a known account and is in the reporting currency, amounts and hours are not negative. Totals roll up the
/// account tree; amounts over part of a line's dates are prorated by days, exact to the minor unit.
/// </summary>
public sealed class Budget
{
    /// <summary>Initialises and checks a budget.</summary>
    /// <param name="version">The version.</param>
    /// <param name="currency">The reporting currency; every line is in it.</param>
    /// <param name="accounts">The cost accounts.</param>
    /// <param name="lines">The lines.</param>
    /// <exception cref="ValidationException">A line is inconsistent; every problem is listed.</exception>
    public Budget(BudgetVersion version, Currency currency, CostAccountTree accounts, IEnumerable<BudgetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(lines);
        Version = version;
        Currency = currency;
        Accounts = accounts;
        Lines = [.. lines];
        var errors = new List<ValidationError>();
        for (int i = 0; i < Lines.Length; i++)
        {
            BudgetLine line = Lines[i];
            var at = new ErrorLocation { RecordId = line.Account.Value, Line = i + 1 };
            if (!accounts.Contains(line.Account))
            {
                errors.Add(
                    new ValidationError(
                        CostErrorCodes.UnknownAccount,
                        $"Budget line {i + 1} names cost account '{line.Account}', which is not an account.",
                        at with
                        {
                            Field = "account",
                        }
                    )
                );
            }
            if (line.Amount.Currency != currency)
            {
                errors.Add(
                    new ValidationError(
                        CostErrorCodes.CurrencyMismatch,
                        $"Budget line {i + 1} is in {line.Amount.Currency.Code}; the budget is in {currency.Code}.",
                        at with
                        {
                            Field = "amount",
                        }
                    )
                );
            }
            if (line.Amount.Amount < 0 || line.Hours < Work.Zero)
            {
                errors.Add(
                    new ValidationError(
                        CostErrorCodes.NegativeAmount,
                        $"Budget line {i + 1} has a negative amount or hours.",
                        at with
                        {
                            Field = "amount",
                        }
                    )
                );
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>Gets the version.</summary>
    public BudgetVersion Version { get; }

    /// <summary>Gets the reporting currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the cost accounts.</summary>
    public CostAccountTree Accounts { get; }

    /// <summary>Gets the lines, in the order given.</summary>
    public ImmutableArray<BudgetLine> Lines { get; }

    /// <summary>Gets the money budgeted to an account and every account below it.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The total.</returns>
    public Money TotalOf(CostAccountId account) =>
        Money.Sum(Lines.Where(l => Accounts.RollsUpInto(l.Account, account)).Select(l => l.Amount), Currency);

    /// <summary>Gets the hours budgeted to an account and every account below it.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The total.</returns>
    public Work HoursOf(CostAccountId account) =>
        Lines.Where(l => Accounts.RollsUpInto(l.Account, account)).Aggregate(Work.Zero, (sum, l) => sum + l.Hours);

    /// <summary>Gets the money budgeted to an account (and below) over some dates: each line's share of the days it has
    /// there, to the minor unit (the largest remainder of the line over those days and the rest of its days). To phase
    /// a budget over several periods use <see cref="AmountsIn"/>, whose parts add up exactly.</summary>
    /// <param name="account">The account.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The amount.</returns>
    public Money AmountIn(CostAccountId account, DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return AmountsIn(account, [dates])[0];
    }

    /// <summary>Phases the money budgeted to an account (and below) over periods: each line is shared over the days it
    /// has in each period (and the rest of its days, outside every period) by the largest remainder, so every part is
    /// within one minor unit of the line's exact share and the parts of a line add up exactly: periods that cover a
    /// line's dates phase all of it, to the cent.</summary>
    /// <param name="account">The account.</param>
    /// <param name="periods">The periods, which must not overlap (weeks, months or any other dates).</param>
    /// <returns>One amount per period, in the order given.</returns>
    /// <exception cref="ArgumentException">Two periods overlap.</exception>
    public ImmutableArray<Money> AmountsIn(CostAccountId account, IEnumerable<DateInterval> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        DateInterval[] dates = [.. periods];
        foreach (DateInterval period in dates)
        {
            ArgumentNullException.ThrowIfNull(period, nameof(periods));
        }
        DateInterval[] sorted = [.. dates.OrderBy(d => d.Start)];
        for (int i = 1; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(
                sorted[i].Start > sorted[i - 1].End,
                nameof(periods),
                $"The periods {sorted[i - 1]} and {sorted[i]} overlap: "
                    + $"a budget is phased over periods that do not."
            );
        }
        var totals = new Money[dates.Length];
        Array.Fill(totals, Money.Zero(Currency));
        var weights = new decimal[dates.Length + 1];
        foreach (BudgetLine line in Lines.Where(l => Accounts.RollsUpInto(l.Account, account)))
        {
            int inside = 0;
            for (int i = 0; i < dates.Length; i++)
            {
                LocalDate from = LocalDate.Max(line.Dates.Start, dates[i].Start);
                LocalDate to = LocalDate.Min(line.Dates.End, dates[i].End);
                weights[i] = to < from ? 0 : Period.DaysBetween(from, to) + 1;
                inside += (int)weights[i];
            }
            if (inside == 0)
            {
                continue;
            }
            weights[^1] = line.Dates.Length - inside;
            ImmutableArray<Money> parts = line.Amount.Allocate(weights);
            for (int i = 0; i < dates.Length; i++)
            {
                totals[i] += parts[i];
            }
        }
        return [.. totals];
    }
}
