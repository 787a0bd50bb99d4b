using System.Collections.Immutable;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;

namespace Pso.Domain.MsProject;

/// <summary>The content of a Microsoft Project XML file: what <see cref="MspdiReader"/> reads and
/// <see cref="MspdiWriter"/> writes.</summary>
/// <param name="Project">The schedule network, ready for <see cref="Scheduling.Cpm.CpmScheduler"/>.</param>
public sealed record MspdiFile(Project Project)
{
    /// <summary>Gets every calendar of the file, by id (the file's calendar UID), resource calendars
    /// included.</summary>
    public ImmutableDictionary<CalendarId, WorkCalendar> Calendars { get; init; } =
        ImmutableDictionary<CalendarId, WorkCalendar>.Empty;

    /// <summary>Gets the resources: people, equipment and materials, and cost resources.</summary>
    public ImmutableArray<MspdiResource> Resources { get; init; } = [];

    /// <summary>Gets the assignments of resources to activities.</summary>
    public ImmutableArray<MspdiAssignment> Assignments { get; init; } = [];

    /// <summary>Gets the saved baselines, by number (0 is the baseline, 1 to 10 the further ones). The format keeps
    /// neither a baseline's name nor when it was saved: read back, they are named <c>Baseline</c> and
    /// <c>Baseline N</c>, captured on the date the file was last saved (or the project start).</summary>
    public ImmutableArray<Baseline> Baselines { get; init; } = [];

    /// <summary>Gets the dates Microsoft Project computed, by activity; empty for files that were not saved by
    /// it.</summary>
    public ImmutableDictionary<ActivityId, MsProjectDates> SavedDates { get; init; } =
        ImmutableDictionary<ActivityId, MsProjectDates>.Empty;

    /// <summary>Gets the project finish Microsoft Project computed (the file's <c>FinishDate</c>), if the file has
    /// one.</summary>
    public NodaTime.LocalDateTime? SavedFinish { get; init; }

    /// <summary>Gets what the file holds that was not taken over, each naming the element and task.</summary>
    public ImmutableArray<ValidationError> Warnings { get; init; } = [];
}
