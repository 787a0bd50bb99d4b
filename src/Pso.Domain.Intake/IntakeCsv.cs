using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.Pipeline;
using Pso.Domain.Intake.TaskReports;

namespace Pso.Domain.Intake;

/// <summary>
/// Writes intake results back out as CSV through Sep, in our own schemas (so that the matching source in
/// <see cref="IntakeSources"/> reads them back unchanged). Every text cell that a spreadsheet could run as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) is neutralised with a leading
/// apostrophe, so that a rejected row cannot run when someone opens the file.
/// </summary>
public static class IntakeCsv
{
    /// <summary>Neutralises a cell that a spreadsheet could run as a formula.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The text, with a leading apostrophe when it starts with <c>= + - @</c>, a tab or a carriage
    /// return.</returns>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }

    /// <summary>Writes time entries in our schema.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="entries">The entries.</param>
    public static void Write(TextWriter writer, IEnumerable<TimeEntry> entries) =>
        Write(writer, IntakeSchemas.Of(Checked(entries)));

    /// <summary>Writes expenses in our schema.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="expenses">The expenses.</param>
    public static void Write(TextWriter writer, IEnumerable<Expense> expenses) =>
        Write(writer, IntakeSchemas.Of(Checked(expenses)));

    /// <summary>Writes invoices in our schema, one row per line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="invoices">The invoices.</param>
    public static void Write(TextWriter writer, IEnumerable<Invoice> invoices) =>
        Write(writer, IntakeSchemas.Of(Checked(invoices)));

    /// <summary>Writes commitments in our schema, one row per line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="commitments">The commitments.</param>
    public static void Write(TextWriter writer, IEnumerable<Commitment> commitments) =>
        Write(writer, IntakeSchemas.Of(Checked(commitments)));

    /// <summary>Writes task-completion reports in our schema.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="reports">The reports.</param>
    public static void Write(TextWriter writer, IEnumerable<TaskReport> reports) =>
        Write(writer, IntakeSchemas.Of(Checked(reports)));

    /// <summary>Writes rejected rows: file, line, the error codes, the messages, and the row verbatim
    /// (neutralised).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The rejected rows.</param>
    public static void WriteRejected(TextWriter writer, IEnumerable<RejectedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        using SepWriter csv = Sep.New(',')
            .Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture })
            .To(writer, leaveOpen: true);
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

    private static IEnumerable<T> Checked<T>(IEnumerable<T> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records;
    }

    private static void Write(TextWriter writer, SchemaRows rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using SepWriter csv = Sep.New(',')
            .Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture })
            .To(writer, leaveOpen: true);
        bool any = false;
        foreach (string?[] cells in rows.Rows)
        {
            any = true;
            using SepWriter.Row row = csv.NewRow();
            for (int c = 0; c < cells.Length; c++)
            {
                string cell = cells[c] ?? "";
                row[rows.Columns[c]].Set(rows.Numeric[c] ? cell : Neutralise(cell));
            }
        }
        if (!any)
        {
            writer.WriteLine(string.Join(',', rows.Columns));
        }
    }
}
