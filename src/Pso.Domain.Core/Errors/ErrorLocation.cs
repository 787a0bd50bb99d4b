using System;
using System.Globalization;
using System.Text;

namespace Pso.Domain.Errors;

/// <summary>
/// Where a bad value was found: the file, line and column of raw input, the field, and the id of the record.
/// Every part is optional, so the same type serves a CSV cell, a JSON property and an in-memory model.
/// </summary>
/// <remarks>Lines and columns count from 1. Instances are immutable.</remarks>
public sealed record ErrorLocation
{
    private readonly int? _line;
    private readonly int? _column;

    /// <summary>Gets the file (or other source name) the value came from, if known.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line number, if known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int? Line
    {
        get => _line;
        init => _line = CheckPositive(value, nameof(Line));
    }

    /// <summary>Gets the 1-based column (or field position), if known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int? Column
    {
        get => _column;
        init => _column = CheckPositive(value, nameof(Column));
    }

    /// <summary>Gets the name or path of the field, such as <c>Amount</c> or <c>lines[2].tax</c>, if known.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the id of the record that holds the bad value, if known.</summary>
    public string? RecordId { get; init; }

    /// <summary>Gets a location that says nothing; useful as a default.</summary>
    public static ErrorLocation Unknown { get; } = new();

    /// <summary>Returns the location as <c>file:line:column field 'x' record 'y'</c>, leaving out unknown
    /// parts.</summary>
    /// <returns>The location for people to read; <c>(unknown location)</c> when nothing is known.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
        }
        if (Line is int line)
        {
            text.Append(text.Length == 0 ? "line " : ":").Append(line.ToString(CultureInfo.InvariantCulture));
            if (Column is int column)
            {
                text.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
            }
        }
        else if (Column is int column)
        {
            text.Append(text.Length == 0 ? "column " : " column ")
                .Append(column.ToString(CultureInfo.InvariantCulture));
        }
        if (Field is not null)
        {
            text.Append(text.Length == 0 ? "" : " ").Append("field '").Append(Field).Append('\'');
        }
        if (RecordId is not null)
        {
            text.Append(text.Length == 0 ? "" : " ").Append("record '").Append(RecordId).Append('\'');
        }
        return text.Length == 0 ? "(unknown location)" : text.ToString();
    }

    private static int? CheckPositive(int? value, string name) =>
        value is < 1 ? throw new ArgumentOutOfRangeException(name, value, "Lines and columns count from 1.") : value;
}
