using System;
using System.Collections.Immutable;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>A role's capacity in units per period: constant, or varying period by period before it settles (people on
/// leave, part-time weeks, capacity already booked).</summary>
/// <param name="Role">The role.</param>
/// <param name="Units">The units available in every period after <see cref="ByPeriod"/> (in every period when it is
/// empty).</param>
public sealed record RoleCapacity(RoleId Role, int Units)
{
    /// <summary>Gets the units available in each period from period 0 where they differ from
    /// <see cref="Units"/>: period <c>t</c> has <c>ByPeriod[t]</c> while <c>t</c> is below its length, and
    /// <see cref="Units"/> after. Empty by default: the capacity is constant. A demand may use more than
    /// <see cref="Units"/> in a period that offers it, but no activity may need more than <see cref="Units"/>: every
    /// activity then fits once the capacity has settled, so every problem has a schedule.</summary>
    public ImmutableArray<int> ByPeriod { get; init; } = [];

    /// <summary>Returns the units available in a period.</summary>
    /// <param name="period">The period, from 0.</param>
    /// <returns>The units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is negative.</exception>
    public int UnitsIn(int period)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(period);
        return period < ByPeriod.Length ? ByPeriod[period] : Units;
    }
}
