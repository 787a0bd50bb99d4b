using System;
using Pso.Domain.Errors;

namespace Pso.Domain.Reporting;

/// <summary>
/// The earned-value measures of one control account, project or portfolio at a status date: the budget at completion
/// (BAC), planned value (PV), earned value (EV) and actual cost (AC), and what the published formulas derive from them
/// (variances, performance indices, estimates at and to completion, to-complete performance indices). All amounts are
/// <see cref="Money"/> in one currency and exact: nothing is rounded. A ratio whose divisor is zero (a CPI with nothing
/// spent yet) is null rather than a made-up number, and so is every estimate that divides by it. Earned value above the
/// budget at completion leaves no remaining budget to forecast from: <see cref="EarnedValueExceedsBudget"/> says so,
/// and every estimate and to-complete index is null rather than a negative amount.
/// </summary>
/// <remarks>This type is an immutable value and thread-safe.</remarks>
public sealed record EarnedValueMeasures
{
    /// <summary>Initialises the measures.</summary>
    /// <param name="budgetAtCompletion">The budget at completion (BAC): the planned value of all the work.</param>
    /// <param name="plannedValue">The planned value (PV) at the status date: the budget of the work scheduled by
    /// then.</param>
    /// <param name="earnedValue">The earned value (EV) at the status date: the budget of the work done by then.</param>
    /// <param name="actualCost">The actual cost (AC) of the work done by the status date.</param>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The budget at completion, planned value or earned value is
    /// negative.</exception>
    public EarnedValueMeasures(Money budgetAtCompletion, Money plannedValue, Money earnedValue, Money actualCost)
    {
        Currency currency = budgetAtCompletion.Currency;
        foreach (Money amount in (ReadOnlySpan<Money>)[plannedValue, earnedValue, actualCost])
        {
            if (amount.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, amount.Currency);
            }
        }
        ArgumentOutOfRangeException.ThrowIfNegative(budgetAtCompletion.Amount, nameof(budgetAtCompletion));
        ArgumentOutOfRangeException.ThrowIfNegative(plannedValue.Amount, nameof(plannedValue));
        ArgumentOutOfRangeException.ThrowIfNegative(earnedValue.Amount, nameof(earnedValue));
        BudgetAtCompletion = budgetAtCompletion;
        PlannedValue = plannedValue;
        EarnedValue = earnedValue;
        ActualCost = actualCost;
    }

    /// <summary>Gets the budget at completion (BAC).</summary>
    public Money BudgetAtCompletion { get; }

    /// <summary>Gets the planned value (PV).</summary>
    public Money PlannedValue { get; }

    /// <summary>Gets the earned value (EV).</summary>
    public Money EarnedValue { get; }

    /// <summary>Gets the actual cost (AC).</summary>
    public Money ActualCost { get; }

    /// <summary>Gets the schedule variance: <c>SV = EV - PV</c> (negative when behind).</summary>
    public Money ScheduleVariance => EarnedValue - PlannedValue;

    /// <summary>Gets the cost variance: <c>CV = EV - AC</c> (negative when over cost).</summary>
    public Money CostVariance => EarnedValue - ActualCost;

    /// <summary>Gets the schedule performance index: <c>SPI = EV / PV</c>; null while nothing is planned.</summary>
    public decimal? SchedulePerformanceIndex => PlannedValue.IsZero ? null : EarnedValue / PlannedValue;

    /// <summary>Gets the cost performance index: <c>CPI = EV / AC</c>; null while nothing is spent.</summary>
    public decimal? CostPerformanceIndex => ActualCost.IsZero ? null : EarnedValue / ActualCost;

    /// <summary>Gets whether the earned value is above the budget at completion (more earned than the whole work is
    /// worth): a sign of inconsistent data, under which every estimate and to-complete index is null.</summary>
    public bool EarnedValueExceedsBudget => EarnedValue > BudgetAtCompletion;

    /// <summary>Gets the estimate at completion by the cost performance so far (<c>AC + (BAC - EV) / CPI</c>), the
    /// usual one; null while the CPI is undefined or zero (nothing spent, or nothing earned).</summary>
    public Money? EstimateAtCompletion => EstimateAtCompletionBy(EstimateAtCompletionMethod.CostPerformance);

    /// <summary>Gets the estimate to complete by the cost performance so far: <c>ETC = EAC - AC</c>; null with
    /// <see cref="EstimateAtCompletion"/>.</summary>
    public Money? EstimateToComplete => EstimateAtCompletion - ActualCost;

    /// <summary>Gets the variance at completion by the cost performance so far: <c>VAC = BAC - EAC</c> (negative
    /// when the work will cost more than its budget); null with <see cref="EstimateAtCompletion"/>.</summary>
    public Money? VarianceAtCompletion => BudgetAtCompletion - EstimateAtCompletion;

    /// <summary>Gets the cost performance the remaining work needs to finish within the budget:
    /// <c>TCPI = (BAC - EV) / (BAC - AC)</c>; null when the budget is spent or overspent (nothing left to earn it with:
    /// use <see cref="ToCompletePerformanceIndexFor"/> with an estimate at completion) or the earned value exceeds
    /// it.</summary>
    public decimal? ToCompletePerformanceIndex =>
        ActualCost >= BudgetAtCompletion || EarnedValueExceedsBudget
            ? null
            : (BudgetAtCompletion - EarnedValue) / (BudgetAtCompletion - ActualCost);

    /// <summary>Gets an estimate at completion by a method; null when an index the method divides by is undefined or
    /// zero (the CPI with nothing spent or nothing earned; the SPI with nothing planned, for
    /// <see cref="EstimateAtCompletionMethod.CostAndSchedulePerformance"/>), and for every method when the earned value
    /// exceeds the budget at completion.</summary>
    /// <param name="method">How the remaining work is forecast.</param>
    /// <returns>The estimate, exact where the method allows (the remaining budget times AC / EV, not divided by a
    /// rounded index).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not one of the methods.</exception>
    public Money? EstimateAtCompletionBy(EstimateAtCompletionMethod method)
    {
        Money remaining = BudgetAtCompletion - EarnedValue;
        return method switch
        {
            _ when !Enum.IsDefined(method) => throw new ArgumentOutOfRangeException(
                nameof(method),
                method,
                "Not an estimate-at-completion method."
            ),
            _ when EarnedValueExceedsBudget => null,
            EstimateAtCompletionMethod.BudgetedRate => ActualCost + remaining,
            _ when EarnedValue.IsZero || ActualCost.IsZero => null,
            EstimateAtCompletionMethod.CostPerformance => ActualCost
                + (remaining * ActualCost.Amount / EarnedValue.Amount),
            EstimateAtCompletionMethod.CostAndSchedulePerformance => PlannedValue.IsZero
                ? null
                : ActualCost
                    + (remaining * ActualCost.Amount / EarnedValue.Amount * PlannedValue.Amount / EarnedValue.Amount),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not an estimate-at-completion method."),
        };
    }

    /// <summary>Gets the estimate at completion from a bottom-up estimate of the remaining work: <c>EAC = AC +
    /// ETC</c>.</summary>
    /// <param name="estimateToComplete">The estimate to complete, from the people doing the work.</param>
    /// <returns>The estimate at completion.</returns>
    /// <exception cref="CurrencyMismatchException">The estimate is in another currency.</exception>
    public Money EstimateAtCompletionBottomUp(Money estimateToComplete) => ActualCost + estimateToComplete;

    /// <summary>Gets the cost performance the remaining work needs to finish at an estimate at completion:
    /// <c>TCPI = (BAC - EV) / (EAC - AC)</c>; null when the estimate leaves nothing to spend or the earned value
    /// exceeds the budget.</summary>
    /// <param name="estimateAtCompletion">The estimate at completion to finish at.</param>
    /// <returns>The index.</returns>
    /// <exception cref="CurrencyMismatchException">The estimate is in another currency.</exception>
    public decimal? ToCompletePerformanceIndexFor(Money estimateAtCompletion) =>
        estimateAtCompletion <= ActualCost || EarnedValueExceedsBudget
            ? null
            : (BudgetAtCompletion - EarnedValue) / (estimateAtCompletion - ActualCost);

    /// <summary>Adds the measures of two parts of one whole (two control accounts, two projects): every amount adds,
    /// so the sum of any parts in any order is the measures of the whole, and the indices follow from the
    /// sums.</summary>
    /// <param name="left">The first part.</param>
    /// <param name="right">The second part.</param>
    /// <returns>The measures of both.</returns>
    /// <exception cref="CurrencyMismatchException">The parts are in different currencies.</exception>
    public static EarnedValueMeasures operator +(EarnedValueMeasures left, EarnedValueMeasures right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.BudgetAtCompletion + right.BudgetAtCompletion,
            left.PlannedValue + right.PlannedValue,
            left.EarnedValue + right.EarnedValue,
            left.ActualCost + right.ActualCost
        );
    }

    /// <summary>Adds the measures of two parts of one whole; see the <c>+</c> operator.</summary>
    /// <param name="other">The other part.</param>
    /// <returns>The measures of both.</returns>
    public EarnedValueMeasures Add(EarnedValueMeasures other) => this + other;
}
