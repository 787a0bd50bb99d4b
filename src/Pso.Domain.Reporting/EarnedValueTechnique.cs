namespace Pso.Domain.Reporting;

/// <summary>How the earned value of a piece of work (an activity, a work package) is measured: the earned-value
/// techniques of the PMI's practice standard.</summary>
public enum EarnedValueTechnique
{
    /// <summary>The budget times the reported percent complete.</summary>
    PercentComplete,

    /// <summary>The budget times the physical percent complete (the work's own measure of done: metres laid, tests
    /// passed), independent of the time spent.</summary>
    PhysicalPercentComplete,

    /// <summary>Nothing until the work finishes, then all of it (for work of a period or less).</summary>
    FixedZeroHundred,

    /// <summary>Half when the work starts, the rest when it finishes.</summary>
    FixedFiftyFifty,

    /// <summary>The budget shared among milestones by weight, each earned when achieved.</summary>
    WeightedMilestones,

    /// <summary>Support work that produces nothing of its own (management, administration): earned as
    /// planned.</summary>
    LevelOfEffort,
}
