using NodaTime;

namespace Pso.Domain.Reporting;

/// <summary>Elapsed time between two local moments (as on a clock without daylight saving), which the reports use to
/// measure variances, drift and positions on a time axis.</summary>
internal static class Moments
{
    /// <summary>Returns the elapsed time from one moment to another (negative when the second is earlier).</summary>
    internal static Duration Between(LocalDateTime from, LocalDateTime to) =>
        to.InUtc().ToInstant() - from.InUtc().ToInstant();
}
