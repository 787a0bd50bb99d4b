using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;
using Pso.Domain.Costs;

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
    /// <returns>The text, with a leading apostrophe when it starts with <c>= + - @</c>, a tab or a carriage return.</returns>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }

    /// <summary>Writes time entries in our schema.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="entries">The entries.</param>
    public static void Write(TextWriter writer, IEnumerable<TimeEntry> entries) => Write(writer, IntakeSchemas.Of(Checked(entries)));

    /// <summary>Writes expenses in our schema.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="expenses">The expenses.</param>
    public static void Write(TextWriter writer, IEnumerable<Expense> expenses) => Write(writer, IntakeSchemas.Of(Checked(expenses)));

    /// <summary>Writes invoices in our schema, one row per line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="invoices">The invoices.</param>
    public static void Write(TextWriter writer, IEnumerable<Invoice> invoices) => Write(writer, IntakeSchemas.Of(Checked(invoices)));

    /// <summary>Writes commitments in our schema, one row per line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="commitments">The commitments.</param>
    public static void Write(TextWriter writer, IEnumerable<Commitment> commitments) => Write(writer, IntakeSchemas.Of(Checked(commitments)));

    /// <summary>Writes task-completion reports in our schema.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="reports">The reports.</param>
    public static void Write(TextWriter writer, IEnumerable<TaskReport> reports) => Write(writer, IntakeSchemas.Of(Checked(reports)));

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

    private static IEnumerable<T> Checked<T>(IEnumerable<T> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records;
    }

    private static void Write(TextWriter writer, SchemaRows rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using SepWriter csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(writer, leaveOpen: true);
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

/// <summary>
/// Writes intake results as JSON: accepted records as an array of objects with our schemas' column names (so that
/// <see cref="IntakeReader.ReadJson"/> reads them back unchanged), and rejected rows with their errors.
/// </summary>
public static class IntakeJson
{
    /// <summary>Writes time entries.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="entries">The entries.</param>
    public static void Write(Stream stream, IEnumerable<TimeEntry> entries) => Write(stream, IntakeSchemas.Of(Checked(entries)));

    /// <summary>Writes expenses.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="expenses">The expenses.</param>
    public static void Write(Stream stream, IEnumerable<Expense> expenses) => Write(stream, IntakeSchemas.Of(Checked(expenses)));

    /// <summary>Writes invoices, one object per line.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="invoices">The invoices.</param>
    public static void Write(Stream stream, IEnumerable<Invoice> invoices) => Write(stream, IntakeSchemas.Of(Checked(invoices)));

    /// <summary>Writes commitments, one object per line.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="commitments">The commitments.</param>
    public static void Write(Stream stream, IEnumerable<Commitment> commitments) => Write(stream, IntakeSchemas.Of(Checked(commitments)));

    /// <summary>Writes task-completion reports.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="reports">The reports.</param>
    public static void Write(Stream stream, IEnumerable<TaskReport> reports) => Write(stream, IntakeSchemas.Of(Checked(reports)));

    /// <summary>Writes rejected rows: file, line, the row verbatim, and each error with its code, message, column and field.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="rows">The rejected rows.</param>
    public static void WriteRejected(Stream stream, IEnumerable<RejectedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rows);
        using var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (RejectedRow rejected in rows)
        {
            json.WriteStartObject();
            json.WriteString("file", rejected.Row.File);
            json.WriteNumber("line", rejected.Row.Line);
            json.WriteString("row", rejected.Row.Text);
            json.WriteStartArray("errors");
            foreach (Errors.ValidationError error in rejected.Errors)
            {
                json.WriteStartObject();
                json.WriteString("code", error.Code);
                json.WriteString("message", error.Message);
                if (error.Location.Column is int column)
                {
                    json.WriteNumber("column", column);
                }
                if (error.Location.Field is string field)
                {
                    json.WriteString("field", field);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static IEnumerable<T> Checked<T>(IEnumerable<T> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records;
    }

    private static void Write(Stream stream, SchemaRows rows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (string?[] cells in rows.Rows)
        {
            json.WriteStartObject();
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c] is not string cell)
                {
                    continue;
                }
                if (rows.Numeric[c])
                {
                    json.WriteNumber(rows.Columns[c], decimal.Parse(cell, CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteString(rows.Columns[c], cell);
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
