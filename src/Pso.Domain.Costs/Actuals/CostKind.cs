namespace Pso.Domain.Costs.Actuals;

/// <summary>What an actual cost comes from.</summary>
public enum CostKind
{
    /// <summary>Hours worked, at the rate in force.</summary>
    Labour = 0,

    /// <summary>An expense.</summary>
    Expense = 1,
}
