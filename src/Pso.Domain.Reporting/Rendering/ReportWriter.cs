using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>Writes <see cref="ReportTable"/>s as CSV, Markdown or JSON.</summary>
public static class ReportWriter
{
    /// <summary>Writes a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write it.</param>
    public static void Write(ReportTable table, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Csv:
                WriteCsv(table, writer);
                break;
            case ReportFormat.Markdown:
                WriteMarkdown(table, writer);
                break;
            case ReportFormat.Json:
                writer.Write(ReportJson.Serialize(table));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    /// <summary>Returns a table written in a format.</summary>
    /// <param name="table">The table.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public static string ToText(ReportTable table, ReportFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, format, writer);
        return writer.ToString();
    }

    /// <summary>Reads back a table written as CSV by <see cref="Write"/> (the header row gives the columns); the escape
    /// put before formula-like cells is taken off again.</summary>
    /// <param name="title">The table's title (CSV has none).</param>
    /// <param name="reader">The CSV.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FormatException">The CSV is malformed (an unclosed quote).</exception>
    public static ReportTable ReadCsv(string title, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        List<List<string>> records = ParseCsv(reader.ReadToEnd());
        if (records.Count == 0)
        {
            throw new FormatException("The CSV has no header row.");
        }
        return new ReportTable(
            title,
            records[0].ConvertAll(Unguard),
            records.GetRange(1, records.Count - 1).ConvertAll(r => r.ConvertAll(Unguard))
        );
    }

    private static void WriteCsv(ReportTable table, TextWriter writer)
    {
        WriteCsvRow(table.Columns, writer);
        foreach (var row in table.Rows)
        {
            WriteCsvRow(row, writer);
        }
    }

    private static void WriteCsvRow(IReadOnlyList<string> cells, TextWriter writer)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            string cell = Guard(cells[i]);
            bool quote =
                cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' '));
            writer.Write(quote ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell);
        }
        writer.Write("\r\n");
    }

    /// <summary>Escapes a cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return,
    /// unless it is a plain number) with a leading apostrophe; a cell that starts with an apostrophe gets one more, so
    /// that reading takes exactly one off.</summary>
    private static string Guard(string cell)
    {
        if (cell.Length == 0)
        {
            return cell;
        }
        char first = cell[0];
        bool formula =
            first is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(
                cell,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out _
            );
        return formula || first == '\'' ? "'" + cell : cell;
    }

    private static string Unguard(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;

    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        int i = 0;
        bool any = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"' && cell.Length == 0)
            {
                int close = i + 1;
                while (true)
                {
                    int quote = text.IndexOf('"', close);
                    if (quote < 0)
                    {
                        throw new FormatException($"A quoted cell opened at character {i + 1} is not closed.");
                    }
                    cell.Append(text, close, quote - close);
                    if (quote + 1 < text.Length && text[quote + 1] == '"')
                    {
                        cell.Append('"');
                        close = quote + 2;
                        continue;
                    }
                    i = quote + 1;
                    break;
                }
                any = true;
                continue;
            }
            if (c == ',')
            {
                record.Add(cell.ToString());
                cell.Clear();
                any = true;
                i++;
                continue;
            }
            if (c is '\r' or '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
                any = false;
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            cell.Append(c);
            any = true;
            i++;
        }
        if (any || cell.Length > 0)
        {
            record.Add(cell.ToString());
            records.Add(record);
        }
        return records;
    }

    private static void WriteMarkdown(ReportTable table, TextWriter writer)
    {
        writer.Write($"### {Markdown(table.Title)}\n\n");
        writer.Write($"| {string.Join(" | ", table.Columns.Select(Markdown))} |\n");
        writer.Write($"|{string.Concat(Enumerable.Repeat(" --- |", table.Columns.Length))}\n");
        foreach (var row in table.Rows)
        {
            writer.Write($"| {string.Join(" | ", row.Select(Markdown))} |\n");
        }
    }

    /// <summary>Writes a value as inert Markdown text: characters HTML gives meaning to become entities (so no tag,
    /// script or autolink gets through), Markdown's punctuation is escaped with a backslash (so no link, image,
    /// emphasis or code span forms from a value), and line breaks become <c>&lt;br&gt;</c>, the one tag
    /// written.</summary>
    private static string Markdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '"':
                    escaped.Append("&quot;");
                    break;
                case '\'':
                    escaped.Append("&#39;");
                    break;
                case '\r':
                    escaped.Append("<br>");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                case '\n':
                    escaped.Append("<br>");
                    break;
                case '\\' or '|' or '[' or ']' or '(' or ')' or '*' or '_' or '`' or '!' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
