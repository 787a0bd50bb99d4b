using System.Collections.Immutable;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Intake.MsProject;

/// <summary>What was read from a Microsoft Project XML file.</summary>
/// <param name="Project">The schedule network, ready for <see cref="Scheduling.Cpm.CpmScheduler"/>.</param>
/// <param name="Calendars">Every calendar of the file, by id (the file's calendar UID).</param>
/// <param name="SavedDates">The dates Microsoft Project computed, by activity (the file's task UID).</param>
/// <param name="Warnings">What the file holds that was not taken over, each naming the element and task.</param>
public sealed record MspdiFile(
    Project Project,
    ImmutableDictionary<CalendarId, WorkCalendar> Calendars,
    ImmutableDictionary<ActivityId, MsProjectDates> SavedDates,
    ImmutableArray<ValidationError> Warnings);
