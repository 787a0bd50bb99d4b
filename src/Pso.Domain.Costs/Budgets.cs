using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Costs;

/// <summary>Which budget: the one first approved, the one approved now (original plus approved changes), or the latest
/// forecast.</summary>
public enum BudgetVersion
{
    /// <summary>The budget first approved (the baseline).</summary>
    Original = 0,

    /// <summary>The original plus approved changes.</summary>
    Current = 1,

    /// <summary>The latest estimate of what the work will take.</summary>
    Forecast = 2,
}

/// <summary>Money and hours budgeted to a cost account over some dates.</summary>
/// <param name="Account">The cost account.</param>
/// <param name="Dates">The dates the amount is for.</param>
/// <param name="Amount">The money.</param>
public sealed record BudgetLine(CostAccountId Account, DateInterval Dates, Money Amount)
{
    /// <summary>Gets the hours budgeted; none by default.</summary>
    public Work Hours { get; init; }
}

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
                errors.Add(new ValidationError(CostErrorCodes.UnknownAccount, $"Budget line {i + 1} names cost account '{line.Account}', which is not an account.", at with { Field = "account" }));
            }
            if (line.Amount.Currency != currency)
            {
                errors.Add(new ValidationError(CostErrorCodes.CurrencyMismatch, $"Budget line {i + 1} is in {line.Amount.Currency.Code}; the budget is in {currency.Code}.", at with { Field = "amount" }));
            }
            if (line.Amount.Amount < 0 || line.Hours < Work.Zero)
            {
                errors.Add(new ValidationError(CostErrorCodes.NegativeAmount, $"Budget line {i + 1} has a negative amount or hours.", at with { Field = "amount" }));
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
    /// there, exact to the minor unit.</summary>
    /// <param name="account">The account.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The amount.</returns>
    public Money AmountIn(CostAccountId account, DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Money total = Money.Zero(Currency);
        foreach (BudgetLine line in Lines.Where(l => Accounts.RollsUpInto(l.Account, account)))
        {
            LocalDate from = LocalDate.Max(line.Dates.Start, dates.Start);
            LocalDate to = LocalDate.Min(line.Dates.End, dates.End);
            if (to < from)
            {
                continue;
            }
            // The line's share of its days inside the dates, by Core's exact allocation of the line over [inside, rest].
            int inside = Period.DaysBetween(from, to) + 1;
            total += line.Amount.Allocate([inside, line.Dates.Length - inside])[0];
        }
        return total;
    }
}
