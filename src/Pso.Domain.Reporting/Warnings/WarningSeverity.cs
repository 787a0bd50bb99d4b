namespace Pso.Domain.Reporting.Warnings;

/// <summary>How serious an early warning is.</summary>
public enum WarningSeverity
{
    /// <summary>Worth watching; the project stays green.</summary>
    Watch,

    /// <summary>Needs attention: the project turns amber.</summary>
    Warning,

    /// <summary>Needs action now: the project turns red.</summary>
    Critical,
}
