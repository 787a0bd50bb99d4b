using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake.TimeEntries;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>Reads a row into a time entry through a draft.</summary>
internal sealed class DraftRowReader(ReadDraft read) : RowReader<TimeEntry>
{
    internal override TimeEntry? Read(IntakeRow row, out string key) =>
        read(row, out TimeEntryDraft draft, out key) ? draft.Make(row) : null;
}
