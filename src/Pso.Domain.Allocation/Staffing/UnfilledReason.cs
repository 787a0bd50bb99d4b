namespace Pso.Domain.Allocation.Staffing;

/// <summary>Why a demand is left unfilled.</summary>
public enum UnfilledReason
{
    /// <summary>Nobody has the role and skills it needs.</summary>
    NobodyQualified = 0,

    /// <summary>The people who qualify have no capacity in its period (absence, calendar, end of contract).</summary>
    QualifiedPeopleUnavailable = 1,

    /// <summary>The people who qualify are fully booked in its period by other demands or pinned assignments.</summary>
    QualifiedPeopleFullyBooked = 2,
}
