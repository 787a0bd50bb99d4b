using System;
using System.IO;
using System.Threading;
using Pso.Domain.Costs.Actuals;

namespace Pso.Domain.Intake;

/// <summary>
/// Time entries from our own CSV schema (see <c>docs/intake.md</c>): a header naming the columns in any order and any
/// case, <c>person</c>, <c>project</c>, <c>date</c> (ISO, <c>yyyy-MM-dd</c>, as written) and <c>hours</c> required;
/// <c>id</c>,
/// <c>activity</c>, <c>role</c>, <c>overtime</c> (<c>true</c>/<c>false</c>/<c>yes</c>/<c>no</c>/<c>1</c>/<c>0</c>),
/// <c>account</c>, <c>start</c> and <c>end</c> (clock times) optional. The same as
/// <see cref="IntakeSources.TimeEntries"/>: rows are parsed through Sep, validated, de-duplicated by a stable key (the
/// id when given, otherwise person, project, activity, date, start, hours and overtime), checked for more than 24
/// hours per person and day and for overlapping clock times, then collated and sorted by project, activity, person and
/// date. Nothing is dropped: rows read = accepted + rejected + duplicates, and the same for the hours.
/// </summary>
public static class TimeEntryIntake
{
    /// <summary>Reads time entries from CSV.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result and its reconciliation.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static IntakeResult<TimeEntry> ReadCsv(
        TextReader csv,
        string file,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    ) => IntakeSources.TimeEntries.ReadCsv(csv, file, options, progress, cancellationToken);
}
