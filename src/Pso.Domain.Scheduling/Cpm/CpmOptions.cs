using System;
using NodaTime;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>Settings of the critical path method. Tweak with <c>CpmOptions.Default with { … }</c>.</summary>
public sealed record CpmOptions
{
    private readonly Duration _criticalFloat;

    /// <summary>Gets the default settings: critical at zero float or less, the project finishing with its last
    /// activity.</summary>
    public static CpmOptions Default { get; } = new();

    /// <summary>Gets the total float at or below which an activity is critical; zero by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public Duration CriticalFloat
    {
        get => _criticalFloat;
        init =>
            _criticalFloat =
                value >= Duration.Zero
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(CriticalFloat),
                        value,
                        "The critical float threshold must not be negative."
                    );
    }

    /// <summary>Gets which activities make up the critical path: total float at or below <see cref="CriticalFloat"/>
    /// (the default) or the longest path through driving links.</summary>
    public CriticalPathDefinition CriticalPath { get; init; }

    /// <summary>Gets a required project finish for the backward pass; null (the default) to finish with the latest
    /// early finish. An earlier date than the early finish shows as negative float.</summary>
    public LocalDateTime? ProjectFinish { get; init; }
}
