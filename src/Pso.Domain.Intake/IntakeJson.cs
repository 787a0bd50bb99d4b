using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.Pipeline;
using Pso.Domain.Intake.TaskReports;

namespace Pso.Domain.Intake;

/// <summary>
/// Writes intake results as JSON: accepted records as an array of objects with our schemas' column names (so that
/// <see cref="IntakeReader.ReadJson"/> reads them back unchanged), and rejected rows with their errors.
/// </summary>
public static class IntakeJson
{
    /// <summary>Writes time entries.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="entries">The entries.</param>
    public static void Write(Stream stream, IEnumerable<TimeEntry> entries) =>
        Write(stream, IntakeSchemas.Of(Checked(entries)));

    /// <summary>Writes expenses.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="expenses">The expenses.</param>
    public static void Write(Stream stream, IEnumerable<Expense> expenses) =>
        Write(stream, IntakeSchemas.Of(Checked(expenses)));

    /// <summary>Writes invoices, one object per line.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="invoices">The invoices.</param>
    public static void Write(Stream stream, IEnumerable<Invoice> invoices) =>
        Write(stream, IntakeSchemas.Of(Checked(invoices)));

    /// <summary>Writes commitments, one object per line.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="commitments">The commitments.</param>
    public static void Write(Stream stream, IEnumerable<Commitment> commitments) =>
        Write(stream, IntakeSchemas.Of(Checked(commitments)));

    /// <summary>Writes task-completion reports.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="reports">The reports.</param>
    public static void Write(Stream stream, IEnumerable<TaskReport> reports) =>
        Write(stream, IntakeSchemas.Of(Checked(reports)));

    /// <summary>Writes rejected rows: file, line, the row verbatim, and each error with its code, message, column and
    /// field.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="rows">The rejected rows.</param>
    public static void WriteRejected(Stream stream, IEnumerable<RejectedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rows);
        using var json = new System.Text.Json.Utf8JsonWriter(
            stream,
            new System.Text.Json.JsonWriterOptions { Indented = true }
        );
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
        using var json = new System.Text.Json.Utf8JsonWriter(
            stream,
            new System.Text.Json.JsonWriterOptions { Indented = true }
        );
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
