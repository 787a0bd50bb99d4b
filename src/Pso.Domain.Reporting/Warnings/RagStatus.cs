namespace Pso.Domain.Reporting.Warnings;

/// <summary>The red-amber-green status of a project.</summary>
public enum RagStatus
{
    /// <summary>On track: no warning above <see cref="WarningSeverity.Watch"/>.</summary>
    Green,

    /// <summary>At risk: at least one <see cref="WarningSeverity.Warning"/>.</summary>
    Amber,

    /// <summary>In trouble: at least one <see cref="WarningSeverity.Critical"/> warning.</summary>
    Red,
}
