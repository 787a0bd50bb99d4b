namespace Pso.Domain.Allocation.Planning;

/// <summary>The stable codes of <see cref="PlanShortfall"/>.</summary>
public static class PlanShortfallCodes
{
    /// <summary>Nobody in the pool meets a requirement (a skill nobody holds, a person not in the pool).</summary>
    public const string NobodyQualified = "plan.nobody-qualified";

    /// <summary>A requirement needs more units than everyone who meets it can give at once.</summary>
    public const string UnitsAboveCapacity = "plan.units-above-capacity";

    /// <summary>Work the people could not cover on some days.</summary>
    public const string Unstaffed = "plan.unstaffed";

    /// <summary>A project finishes after its deadline.</summary>
    public const string DeadlineMissed = "plan.deadline-missed";

    /// <summary>A deadline falls before the status date.</summary>
    public const string DeadlineBeforeStatusDate = "plan.deadline-before-status-date";

    /// <summary>Levelling within float could not keep a project's finish.</summary>
    public const string FinishMoved = "plan.finish-moved";

    /// <summary>A requirement or link names a project or activity the portfolio does not have.</summary>
    public const string UnknownActivity = "plan.unknown-activity";

    /// <summary>A requirement that cannot be planned as given: it names no one, asks for no work, or sits on a
    /// summary or a milestone.</summary>
    public const string InvalidRequirement = "plan.invalid-requirement";

    /// <summary>An existing booking puts a person beyond their calendar.</summary>
    public const string BookingBeyondCapacity = "plan.booking-beyond-capacity";

    /// <summary>Work planned after the horizon, on capacity assumed full.</summary>
    public const string BeyondHorizon = "plan.beyond-horizon";
}
