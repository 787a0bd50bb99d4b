using NodaTime;

namespace Pso.Domain.Reporting.Warnings;

/// <summary>The thresholds of the built-in early-warning rules. Each pair holds the level under (or over) which a rule
/// warns and the level at which it turns critical.</summary>
public sealed record WarningThresholds
{
    /// <summary>Gets the cost performance index under which a warning is raised; 0.95 unless set.</summary>
    public decimal CostPerformanceWarning { get; init; } = 0.95m;

    /// <summary>Gets the cost performance index under which the warning is critical; 0.90 unless set.</summary>
    public decimal CostPerformanceCritical { get; init; } = 0.90m;

    /// <summary>Gets the schedule performance index in time, SPI(t), under which a warning is raised; 0.95 unless
    /// set.</summary>
    public decimal SchedulePerformanceWarning { get; init; } = 0.95m;

    /// <summary>Gets the SPI(t) under which the warning is critical; 0.90 unless set.</summary>
    public decimal SchedulePerformanceCritical { get; init; } = 0.90m;

    /// <summary>Gets how much total float may be lost since the previous status date before a warning; 2 days (of
    /// elapsed time) unless set.</summary>
    public Duration FloatErosionWarning { get; init; } = Duration.FromDays(2);

    /// <summary>Gets the share of the budget that may be spent ahead of the share of the work earned before a warning
    /// (spent share - earned share); 0.10 unless set.</summary>
    public decimal BurnAheadOfProgressWarning { get; init; } = 0.10m;

    /// <summary>Gets the spent-ahead share at which the warning is critical; 0.20 unless set.</summary>
    public decimal BurnAheadOfProgressCritical { get; init; } = 0.20m;

    /// <summary>Gets the days past due after which an unpaid invoice is critical rather than a warning; 60 unless
    /// set.</summary>
    public int OverdueInvoiceCriticalDays { get; init; } = 60;
}
