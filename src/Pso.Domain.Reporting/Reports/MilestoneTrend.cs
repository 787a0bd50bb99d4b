using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Reporting.Reports;

/// <summary>A milestone's forecast finish at each status date: the milestone trend chart.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Name">Its name.</param>
/// <param name="Points">The forecast finish at each status date, earliest status date first.</param>
public sealed record MilestoneTrend(ActivityId Milestone, string Name, ImmutableArray<MilestoneForecast> Points)
{
    /// <summary>Gets how far the forecast moved from the first status date to the last (positive when it
    /// slipped).</summary>
    public Duration Drift =>
        Points.Length < 2 ? Duration.Zero : Moments.Between(Points[0].Forecast, Points[^1].Forecast);

    /// <summary>Gets whether the forecast moved later from one status date to the last.</summary>
    public bool IsSlipping => Drift > Duration.Zero;

    /// <summary>Builds the trend of every milestone from schedules at successive status dates.</summary>
    /// <param name="snapshots">The schedules, each with its status date.</param>
    /// <returns>One trend per milestone of the latest schedule, in its order.</returns>
    public static ImmutableArray<MilestoneTrend> From(
        IEnumerable<(LocalDate StatusDate, ScheduleResult Schedule)> snapshots
    )
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var ordered = snapshots.OrderBy(s => s.StatusDate).ToList();
        if (ordered.Count == 0)
        {
            return [];
        }
        return
        [
            .. ordered[^1]
                .Schedule.Project.Activities.Where(a => a.Kind == ActivityKind.Milestone)
                .Select(m => new MilestoneTrend(
                    m.Id,
                    m.Name,
                    [
                        .. ordered
                            .Where(s => s.Schedule.Project.TryGetActivity(m.Id, out _))
                            .Select(s => new MilestoneForecast(s.StatusDate, s.Schedule[m.Id].Finish)),
                    ]
                )),
        ];
    }
}
