using System.Text.Json.Serialization;

namespace Pso.Domain.Scheduling;

/// <summary>How a successor's dates depend on its predecessor's (the precedence diagramming method).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DependencyType>))]
public enum DependencyType
{
    /// <summary>The successor starts after the predecessor finishes (FS): the usual link.</summary>
    FinishToStart = 0,

    /// <summary>The successor starts after the predecessor starts (SS).</summary>
    StartToStart = 1,

    /// <summary>The successor finishes after the predecessor finishes (FF).</summary>
    FinishToFinish = 2,

    /// <summary>The successor finishes after the predecessor starts (SF).</summary>
    StartToFinish = 3,
}
