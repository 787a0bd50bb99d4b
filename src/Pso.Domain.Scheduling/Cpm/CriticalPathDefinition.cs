using System.Text.Json.Serialization;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>Which activities make up the critical path.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CriticalPathDefinition>))]
public enum CriticalPathDefinition
{
    /// <summary>Activities whose total float is at or below <see cref="CpmOptions.CriticalFloat"/> (the default, as in
    /// Microsoft Project).</summary>
    TotalFloat = 0,

    /// <summary>The longest path: activities reached from the last-finishing activities back through driving links
    /// (the links that set each successor's early date). Unlike total float, it is not confused by deadlines and late
    /// constraints that give other activities negative float.</summary>
    LongestPath = 1,
}
