namespace Pso.Domain.Reporting.Reports;

/// <summary>Where an activity stands against its baseline.</summary>
public enum CompletionState
{
    /// <summary>Finished no later than its baseline finish.</summary>
    CompletedOnTime,

    /// <summary>Finished after its baseline finish.</summary>
    CompletedLate,

    /// <summary>Not finished; forecast to finish by its baseline finish.</summary>
    OnTrack,

    /// <summary>Not finished; forecast to finish after its baseline finish.</summary>
    Slipping,

    /// <summary>Not in the baseline (added since).</summary>
    NotInBaseline,
}
