using System.Collections.Immutable;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Intake.TaskReports;

/// <summary>What applying task reports to a schedule gave.</summary>
/// <param name="Project">The project with the progress applied.</param>
/// <param name="Updated">The activities whose progress changed.</param>
/// <param name="Conflicts">The reports not applied (and the warnings on those applied), each naming the
/// activity.</param>
/// <param name="Elsewhere">The reports of other projects, left for them.</param>
public sealed record ProgressUpdateResult(
    Project Project,
    ImmutableArray<ActivityId> Updated,
    ImmutableArray<ValidationError> Conflicts,
    ImmutableArray<TaskReport> Elsewhere
);
