namespace Pso.Domain.Costs.Budgets;

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
