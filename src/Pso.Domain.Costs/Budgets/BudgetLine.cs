using NodaTime;

namespace Pso.Domain.Costs.Budgets;

/// <summary>Money and hours budgeted to a cost account over some dates.</summary>
/// <param name="Account">The cost account.</param>
/// <param name="Dates">The dates the amount is for.</param>
/// <param name="Amount">The money.</param>
public sealed record BudgetLine(CostAccountId Account, DateInterval Dates, Money Amount)
{
    /// <summary>Gets the hours budgeted; none by default.</summary>
    public Work Hours { get; init; }
}
