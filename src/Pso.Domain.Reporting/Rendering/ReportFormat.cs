namespace Pso.Domain.Reporting.Rendering;

/// <summary>The text formats a <see cref="ReportTable"/> is written in.</summary>
public enum ReportFormat
{
    /// <summary>CSV (RFC 4180), safe to open in a spreadsheet: a cell that would start a formula is escaped.</summary>
    Csv,

    /// <summary>A Markdown table under a heading.</summary>
    Markdown,

    /// <summary>JSON: the title, the column names and the rows.</summary>
    Json,
}
