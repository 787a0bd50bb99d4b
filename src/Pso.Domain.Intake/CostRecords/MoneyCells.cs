using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Helpers shared by the sources of money records.</summary>
internal static class MoneyCells
{
    /// <summary>The largest amount intake takes: beyond it a value is an error, never an overflow.</summary>
    internal const decimal Largest = 1_000_000_000_000m;

    /// <summary>Reads an amount, in range.</summary>
    internal static decimal? Amount(
        IntakeRow row,
        int column,
        bool required,
        CultureInfo? culture,
        string? field = null
    )
    {
        decimal? value = row.Number(column, required, culture, field);
        if (value is decimal v && Math.Abs(v) >= Largest)
        {
            row.Fail(
                IntakeErrorCodes.OutOfRange,
                column,
                $"{v} is beyond the largest amount intake takes ({Largest:N0}).",
                field
            );
            return null;
        }
        return value;
    }

    /// <summary>Checks the date against the status date.</summary>
    internal static void StatusDate(IntakeRow row, LocalDate? date, int column, string? field = null)
    {
        if (date is LocalDate d && row.Options.StatusDate is LocalDate status && d > status)
        {
            row.Fail(
                IntakeErrorCodes.AfterStatusDate,
                column,
                $"{d:uuuu-MM-dd} is after the status date {status:uuuu-MM-dd}.",
                field
            );
        }
    }

    /// <summary>Splits text on a separator outside double quotes, removing the quotes (the cells of an export embedded
    /// in one cell, such as Invoice2go's items); with <paramref name="unquote"/> false the quotes are kept, for a
    /// second split.</summary>
    internal static List<string> Split(string text, char separator, bool unquote = true)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '"')
            {
                if (quoted && i + 1 < text.Length && text[i + 1] == '"')
                {
                    current.Append(unquote ? "\"" : "\"\"");
                    i++;
                }
                else
                {
                    quoted = !quoted;
                    if (!unquote)
                    {
                        current.Append('"');
                    }
                }
            }
            else if (ch == separator && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }
        parts.Add(current.ToString());
        return parts;
    }
}
