using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>
/// A report as a table of text: a title, column names and rows of cells, numbers and dates already written in the
/// invariant culture (ISO dates, <c>.</c> for decimals). <see cref="ReportTables"/> makes one of every report, and
/// <see cref="ReportWriter"/> writes any table as CSV, Markdown or JSON.
/// </summary>
public sealed record ReportTable
{
    /// <summary>Initialises a table.</summary>
    /// <param name="title">The title.</param>
    /// <param name="columns">The column names.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    /// <exception cref="ArgumentException">A row does not have one cell per column.</exception>
    public ReportTable(string title, IEnumerable<string> columns, IEnumerable<IEnumerable<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Title = title;
        Columns = [.. columns];
        Rows =
        [
            .. rows.Select(
                (r, i) =>
                {
                    ImmutableArray<string> row = [.. r];
                    return row.Length == Columns.Length
                        ? row
                        : throw new ArgumentException(
                            $"Row {i + 1} of '{title}' has {row.Length} cells for {Columns.Length} columns.",
                            nameof(rows)
                        );
                }
            ),
        ];
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the column names.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Gets the rows.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; }

    /// <inheritdoc />
    public bool Equals(ReportTable? other) =>
        other is not null
        && Title == other.Title
        && Columns.SequenceEqual(other.Columns)
        && Rows.Length == other.Rows.Length
        && Rows.Zip(other.Rows).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Columns.Length, Rows.Length);
}
