using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Periods;

namespace Pso.Domain.Reporting.TimePhased;

/// <summary>
/// Sums lines into dense rows: one row of decimals per control element, five measures per period, the period of a day
/// found in a table built once for the lines' span of dates. The lines are cut into as many contiguous parts as the
/// options allow threads; each part sums into its own rows, and the rows are added at the end (exactly, so the result
/// is the same for any number of parts).
/// </summary>
internal static class PerformanceSums
{
    private const int Measures = 5;

    internal static TimePhasedPerformance Sum(
        ReadOnlyMemory<PerformanceLine> lines,
        AggregationOptions options,
        CancellationToken cancellationToken
    )
    {
        if (lines.IsEmpty)
        {
            return TimePhasedPerformance.Empty(options.Currency, options.Unit);
        }
        int parts = Math.Clamp(Math.Min(options.DegreeOfParallelism, lines.Length / 65_536), 1, 64);
        var slices = new ReadOnlyMemory<PerformanceLine>[parts];
        for (int i = 0; i < parts; i++)
        {
            int start = (int)((long)lines.Length * i / parts);
            int end = (int)((long)lines.Length * (i + 1) / parts);
            slices[i] = lines[start..end];
        }

        var first = new int[parts];
        var last = new int[parts];
        ForEach(parts, i => (first[i], last[i]) = DaySpan(slices[i].Span, options.Currency, cancellationToken));
        int firstDay = int.MaxValue;
        int lastDay = int.MinValue;
        for (int i = 0; i < parts; i++)
        {
            firstDay = Math.Min(firstDay, first[i]);
            lastDay = Math.Max(lastDay, last[i]);
        }
        ImmutableArray<ReportingPeriod> periods = options.Calendar.PeriodsIn(
            new DateInterval(
                LocalDate.FromDateOnly(DateOnly.FromDayNumber(firstDay)),
                LocalDate.FromDateOnly(DateOnly.FromDayNumber(lastDay))
            ),
            options.Unit
        );
        int[] periodOfDay = new int[lastDay - firstDay + 1];
        int day = 0;
        for (int p = 0; p < periods.Length; p++)
        {
            int end = periods[p].End.ToDateOnly().DayNumber - firstDay;
            while (day <= end && day < periodOfDay.Length)
            {
                periodOfDay[day++] = p;
            }
        }

        var tables = new ElementTable[parts];
        ForEach(parts, i =>
        {
            var table = new ElementTable(options.Level, periods.Length * Measures);
            table.Add(slices[i].Span, firstDay, periodOfDay, cancellationToken);
            tables[i] = table;
        });
        ElementTable all = tables[0];
        for (int i = 1; i < parts; i++)
        {
            all.AddRows(tables[i]);
        }
        return TimePhasedPerformance.FromSums(options, periods, all.Rows());
    }

    private static void ForEach(int parts, Action<int> body)
    {
        if (parts == 1)
        {
            body(0);
        }
        else
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, body);
        }
    }

    private static (int First, int Last) DaySpan(
        ReadOnlySpan<PerformanceLine> lines,
        Currency currency,
        CancellationToken cancellationToken
    )
    {
        LocalDate first = lines[0].Date;
        LocalDate last = first;
        for (int i = 0; i < lines.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            ref readonly PerformanceLine line = ref lines[i];
            if (line.IsMoney && line.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, line.Currency);
            }
            LocalDate date = line.Date;
            if (date < first)
            {
                first = date;
            }
            else if (date > last)
            {
                last = date;
            }
        }
        return (first.ToDateOnly().DayNumber, last.ToDateOnly().DayNumber);
    }

    /// <summary>Rows of sums by element, with a small cache from a project id's text (by reference) to its row, since
    /// the lines of one project usually share one string.</summary>
    private sealed class ElementTable(RollUpLevel level, int width)
    {
        private const int CacheSlots = 256;
        private readonly Dictionary<ControlElement, int> _index = [];
        private readonly List<ControlElement> _elements = [];
        private readonly List<decimal[]> _rows = [];
        private readonly string?[] _cachedText = new string?[CacheSlots];
        private readonly decimal[]?[] _cachedRow = new decimal[CacheSlots][];

        internal void Add(
            ReadOnlySpan<PerformanceLine> lines,
            int firstDay,
            int[] periodOfDay,
            CancellationToken cancellationToken
        )
        {
            for (int i = 0; i < lines.Length; i++)
            {
                if ((i & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                ref readonly PerformanceLine line = ref lines[i];
                int column = (periodOfDay[line.Date.ToDateOnly().DayNumber - firstDay] * Measures) + (int)line.Measure;
                switch (level)
                {
                    case RollUpLevel.Project:
                        ProjectRow(line.Project)[column] += line.Quantity;
                        break;
                    case RollUpLevel.Portfolio:
                        Row(ControlElement.Portfolio)[column] += line.Quantity;
                        break;
                    case RollUpLevel.Activity:
                        Row(new ControlElement(level, line.Project, line.Activity?.Value ?? ""))[column] +=
                            line.Quantity;
                        break;
                    case RollUpLevel.CostAccount:
                        Row(new ControlElement(level, line.Project, line.Account?.Value ?? ""))[column] +=
                            line.Quantity;
                        break;
                    default:
                        AddToWbs(line, column);
                        break;
                }
            }
        }

        internal void AddRows(ElementTable other)
        {
            for (int e = 0; e < other._elements.Count; e++)
            {
                decimal[] row = Row(other._elements[e]);
                decimal[] sums = other._rows[e];
                for (int c = 0; c < row.Length; c++)
                {
                    row[c] += sums[c];
                }
            }
        }

        internal IEnumerable<(ControlElement, decimal[])> Rows()
        {
            for (int e = 0; e < _elements.Count; e++)
            {
                yield return (_elements[e], _rows[e]);
            }
        }

        private void AddToWbs(in PerformanceLine line, int column)
        {
            string code = line.WbsCode ?? "";
            int dot = code.IndexOf('.', StringComparison.Ordinal);
            while (dot > 0)
            {
                Row(new ControlElement(RollUpLevel.WbsElement, line.Project, code[..dot]))[column] += line.Quantity;
                dot = code.IndexOf('.', dot + 1);
            }
            Row(new ControlElement(RollUpLevel.WbsElement, line.Project, code))[column] += line.Quantity;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private decimal[] ProjectRow(ProjectId project)
        {
            string text = project.Value;
            int slot = RuntimeHelpers.GetHashCode(text) & (CacheSlots - 1);
            if (ReferenceEquals(_cachedText[slot], text))
            {
                return _cachedRow[slot]!;
            }
            decimal[] row = Row(ControlElement.ForProject(project));
            _cachedText[slot] = text;
            _cachedRow[slot] = row;
            return row;
        }

        private decimal[] Row(ControlElement element)
        {
            if (!_index.TryGetValue(element, out int at))
            {
                at = _elements.Count;
                _index.Add(element, at);
                _elements.Add(element);
                _rows.Add(new decimal[width]);
            }
            return _rows[at];
        }
    }
}
