using System.Text.Json.Serialization;

namespace Pso.Domain.Scheduling;

/// <summary>What an activity is in the schedule.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityKind>))]
public enum ActivityKind
{
    /// <summary>Work that takes working time.</summary>
    Task = 0,

    /// <summary>A point in time with no duration, such as a hand-over or a gate.</summary>
    Milestone = 1,

    /// <summary>A work breakdown structure element whose dates and work roll up from its children.</summary>
    Summary = 2,
}
