using System.Text.Json.Serialization;

namespace Pso.Domain.Scheduling;

/// <summary>How a lag is measured.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LagKind>))]
public enum LagKind
{
    /// <summary>Working time on the successor's calendar.</summary>
    WorkingTime = 0,

    /// <summary>Elapsed (calendar) time, nights and weekends included, as Microsoft Project's "elapsed" lags.</summary>
    Elapsed = 1,

    /// <summary>A percentage of the predecessor's duration, as working time on the successor's calendar.</summary>
    PercentOfPredecessor = 2,
}
