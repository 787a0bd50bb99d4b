using NodaTime;

namespace Pso.Domain.Allocation.Planning;

/// <summary>Something the plan could not do as asked: work nobody could be found for, a deadline missed, a record that
/// names something unknown. It names the record and says why, in dates and names.</summary>
/// <param name="Code">A stable code, one of <see cref="PlanShortfallCodes"/>.</param>
/// <param name="Explanation">Why, in a sentence naming the people, absences and bookings involved.</param>
public sealed record PlanShortfall(string Code, string Explanation)
{
    /// <summary>Gets the activity concerned, if one.</summary>
    public ActivityRef? Activity { get; init; }

    /// <summary>Gets the project concerned, if one.</summary>
    public ProjectId? Project { get; init; }

    /// <summary>Gets the days concerned, if any.</summary>
    public DateInterval? Dates { get; init; }

    /// <summary>Gets the work the plan could not staff; zero when the shortfall is not of work.</summary>
    public Work Unstaffed { get; init; }
}
