using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake;

namespace Pso.Samples.QuickStart;

/// <summary>Takes streamed time entries as a host writing them on would: here it adds up the accepted hours and counts
/// what is set aside.</summary>
public sealed class HoursSink : IIntakeSink<TimeEntry>
{
    /// <summary>Gets the hours of the accepted entries.</summary>
    public decimal AcceptedHours { get; private set; }

    /// <summary>Gets the number of rejected rows.</summary>
    public int Rejected { get; private set; }

    /// <summary>Gets the number of duplicate rows.</summary>
    public int Duplicates { get; private set; }

    /// <inheritdoc/>
    public void Accept(TimeEntry record) => AcceptedHours += record.Hours.Hours;

    /// <inheritdoc/>
    public void Reject(RejectedRow row) => Rejected++;

    /// <inheritdoc/>
    public void Duplicate(SourceRow row) => Duplicates++;
}
