using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;
using Pso.Domain.Costs;

namespace Pso.Domain.Intake;

/// <summary>
/// Writes intake results back out as CSV through Sep, in the schema <see cref="TimeEntryIntake"/> reads. Every text cell
/// that a spreadsheet could run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return) is neutralised with a leading apostrophe, so that a rejected row cannot run when someone opens the file.
/// </summary>
public static class IntakeCsv
{
    private static readonly string[] EntryColumns = ["id", "person", "project", "activity", "date", "hours", "overtime", "role", "account"];

    /// <summary>Neutralises a cell that a spreadsheet could run as a formula.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The text, with a leading apostrophe when it starts with <c>= + - @</c>, a tab or a carriage return.</returns>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }

    /// <summary>Writes time entries in the intake schema.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="entries">The entries.</param>
    public static void WriteTimeEntries(TextWriter writer, IEnumerable<TimeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        using SepWriter csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(writer, leaveOpen: true);
        foreach (TimeEntry entry in entries)
        {
            using SepWriter.Row row = csv.NewRow();
            string[] cells =
            [
                entry.Id ?? "", entry.Resource.Value, entry.Project.Value, entry.Activity?.Value ?? "",
                entry.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), entry.Hours.Hours.ToString(CultureInfo.InvariantCulture),
                entry.Overtime ? "true" : "false", entry.Role?.Value ?? "", entry.Account?.Value ?? "",
            ];
            for (int c = 0; c < cells.Length; c++)
            {
                row[EntryColumns[c]].Set(c == 5 ? cells[c] : Neutralise(cells[c]));
            }
        }
    }

    /// <summary>Writes rejected rows: file, line, the error codes, the messages, and the row verbatim (neutralised).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The rejected rows.</param>
    public static void WriteRejected(TextWriter writer, IEnumerable<RejectedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        using SepWriter csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(writer, leaveOpen: true);
        foreach (RejectedRow rejected in rows)
        {
            using SepWriter.Row row = csv.NewRow();
            row["file"].Set(Neutralise(rejected.Row.File));
            row["line"].Format(rejected.Row.Line);
            row["codes"].Set(string.Join(' ', rejected.Errors.Select(e => e.Code)));
            row["messages"].Set(Neutralise(string.Join(" | ", rejected.Errors.Select(e => e.Message))));
            row["row"].Set(Neutralise(rejected.Row.Text));
        }
    }
}
