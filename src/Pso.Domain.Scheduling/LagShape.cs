namespace Pso.Domain.Scheduling;

/// <summary>How a lag moves a position on a working-time line.</summary>
internal enum LagShape : byte
{
    /// <summary>By a whole number of working ticks (no lag is zero ticks).</summary>
    Working,

    /// <summary>By a share of the predecessor's duration.</summary>
    Percent,

    /// <summary>Only through moments: elapsed lags and lags below a tick.</summary>
    Moment,
}
