namespace Pso.Domain.Allocation;

/// <summary>The rules a schedule can break.</summary>
public enum ViolationKind
{
    /// <summary>Not every activity has a start.</summary>
    Incomplete = 0,

    /// <summary>An activity starts before its release.</summary>
    Release = 1,

    /// <summary>A successor starts before its predecessor (plus lag) allows.</summary>
    Precedence = 2,

    /// <summary>A role or person is used beyond its capacity in a period.</summary>
    Capacity = 3,

    /// <summary>A person is given work that needs a role or skill they lack.</summary>
    Qualification = 4,

    /// <summary>Work is placed in a period in which the role or person has no working time.</summary>
    Calendar = 5,

    /// <summary>A demand is given more units than it wants.</summary>
    Overfilled = 6,

    /// <summary>A pinned assignment or booking is not kept.</summary>
    Pinned = 7,
}
