namespace Pso.Domain.Costs.Actuals;

/// <summary>When a cost is recognised over the periods its work spans.</summary>
public enum AccrualMethod
{
    /// <summary>All of it in the period in which the work starts.</summary>
    AtStart = 0,

    /// <summary>In proportion to the days of the work in each period.</summary>
    Prorated = 1,

    /// <summary>All of it in the period in which the work ends.</summary>
    AtEnd = 2,
}
