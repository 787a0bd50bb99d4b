namespace Pso.Domain.Reporting.TimePhased;

/// <summary>The level of the breakdown a time-phased report sums at.</summary>
public enum RollUpLevel
{
    /// <summary>Each activity of each project.</summary>
    Activity,

    /// <summary>Each element of each project's work breakdown structure, every parent summing its children.</summary>
    WbsElement,

    /// <summary>Each cost account of each project.</summary>
    CostAccount,

    /// <summary>Each project.</summary>
    Project,

    /// <summary>The whole portfolio.</summary>
    Portfolio,
}
