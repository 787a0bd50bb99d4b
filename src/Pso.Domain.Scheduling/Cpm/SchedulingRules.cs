using NodaTime;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>
/// The forward and backward pass rules for links, constraints and deadlines, written once for any
/// <see cref="ITimeAxis{T}"/>: the critical path method runs them on working-time positions where every activity works
/// to the project calendar and on moments elsewhere.
/// </summary>
internal static class SchedulingRules
{
    /// <summary>Returns the earliest start a link allows, given the bound at its driven end (the predecessor's date
    /// plus the lag): a link to the start bounds the start, a link to the finish bounds the finish.</summary>
    internal static T StartAllowedBy<T, TAxis>(in TAxis axis, in NetworkLink link, T bound)
        where T : struct
        where TAxis : struct, ITimeAxis<T> => link.ToStart ? bound : axis.StartFor(bound);

    /// <summary>Returns the latest finish a link allows, given the bound at its driving end (the successor's date less
    /// the lag): a link from the finish bounds the finish, a link from the start bounds the start.</summary>
    internal static T FinishAllowedBy<T, TAxis>(in TAxis axis, in NetworkLink link, T bound)
        where T : struct
        where TAxis : struct, ITimeAxis<T> => link.FromFinish ? bound : axis.FinishFor(bound);

    /// <summary>Applies the activity's constraint to its early start from the forward pass: the no-earlier-than
    /// constraints push it later, the no-later-than ones pull it earlier, the must constraints fix it.</summary>
    internal static T EarlyStartUnder<T, TAxis>(in TAxis axis, ScheduleConstraint constraint, T start)
        where T : struct
        where TAxis : struct, ITimeAxis<T>
    {
        if (constraint.Date is not LocalDateTime date)
        {
            return start;
        }
        T at = axis.At(date);
        return constraint.Type switch
        {
            ConstraintType.StartNoEarlierThan => axis.Later(start, at),
            ConstraintType.FinishNoEarlierThan => axis.Later(start, axis.StartFor(at)),
            ConstraintType.MustStartOn => at,
            ConstraintType.MustFinishOn => axis.StartFor(at),
            ConstraintType.StartNoLaterThan => axis.Earlier(start, at),
            ConstraintType.FinishNoLaterThan => axis.Earlier(start, axis.StartFor(at)),
            _ => start,
        };
    }

    /// <summary>Applies the activity's constraint and deadline to its late finish from the backward pass: the
    /// no-later-than constraints and the deadline pull it earlier, the must constraints fix it (the no-earlier-than
    /// ones do not bound a late date).</summary>
    internal static T LateFinishUnder<T, TAxis>(in TAxis axis, Activity activity, T finish)
        where T : struct
        where TAxis : struct, ITimeAxis<T>
    {
        if (activity.Constraint is { Date: LocalDateTime date } constraint)
        {
            T at = axis.At(date);
            finish = constraint.Type switch
            {
                ConstraintType.FinishNoLaterThan => axis.Earlier(finish, at),
                ConstraintType.StartNoLaterThan => axis.Earlier(finish, axis.FinishFor(at)),
                ConstraintType.MustFinishOn => at,
                ConstraintType.MustStartOn => axis.FinishFor(at),
                _ => finish,
            };
        }
        return activity.Deadline is LocalDateTime deadline ? axis.Earlier(finish, axis.At(deadline)) : finish;
    }
}
