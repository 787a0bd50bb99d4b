using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Pso.Domain.Errors;
using Pso.Domain.Periods;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting.TimePhased;

/// <summary>
/// Time-phased performance: planned value, earned value, actual cost, hours worked and hours available summed by
/// control element (activity, WBS element, cost account, project or portfolio) and reporting period, in one currency,
/// exactly. From it come the cumulative curves (the S-curve), the earned-value and earned-schedule measures of any
/// element at any period, and utilisation.
///</summary>
/// <remarks>
/// <para>Instances are immutable and thread-safe. Cells are kept in one canonical order (element, then period) and
/// cells whose sums are all zero are not kept, so two results with the same sums are equal.</para>
/// <para>Results merge (<see cref="Merge"/>, <c>+</c>): the merge of the results of any partition of the lines is the
/// result of all of them, whatever the grouping and order, so a host can sum projects or months apart (in parallel
/// or on other machines) and merge them without loss.</para>
/// </remarks>
public sealed class TimePhasedPerformance : IEquatable<TimePhasedPerformance>
{
    private const int Measures = 5;

    /// <summary>Initialises a result from cells; cells of the same element and period are added.</summary>
    /// <param name="currency">The currency of the money in the cells.</param>
    /// <param name="unit">The reporting period of the cells.</param>
    /// <param name="cells">The cells.</param>
    /// <exception cref="CurrencyMismatchException">A cell holds money in another currency.</exception>
    /// <exception cref="ArgumentException">A cell's period is not of <paramref name="unit"/>.</exception>
    public TimePhasedPerformance(Currency currency, PeriodUnit unit, IEnumerable<PeriodPerformance> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Currency = currency;
        Unit = unit;
        var byKey = new Dictionary<(ControlElement, ReportingPeriod), PeriodPerformance>();
        foreach (PeriodPerformance cell in cells)
        {
            ArgumentNullException.ThrowIfNull(cell);
            foreach (Money money in (ReadOnlySpan<Money>)[cell.PlannedValue, cell.EarnedValue, cell.ActualCost])
            {
                if (money.Currency != currency)
                {
                    throw new CurrencyMismatchException(currency, money.Currency);
                }
            }
            Preconditions.CheckArgument(
                cell.Period.Unit == unit,
                nameof(cells),
                $"The cell of {cell.Element} is of a {cell.Period.Unit} ({cell.Period}); this result is by {unit}."
            );
            var key = (cell.Element, cell.Period);
            byKey[key] = byKey.TryGetValue(key, out PeriodPerformance? existing) ? existing.Add(cell) : cell;
        }
        Cells = [.. byKey.Values.Where(c => !c.IsEmpty).OrderBy(c => c.Element).ThenBy(c => c.Period)];
        Elements = [.. Cells.Select(c => c.Element).Distinct()];
        Periods = [.. Cells.Select(c => c.Period).Distinct().Order()];
    }

    /// <summary>Gets the currency of the money.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the reporting period of the cells.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the cells, by element and then period; cells whose sums are all zero are not kept.</summary>
    public ImmutableArray<PeriodPerformance> Cells { get; }

    /// <summary>Gets the elements that have cells, in order.</summary>
    public ImmutableArray<ControlElement> Elements { get; }

    /// <summary>Gets the periods that have cells, in order.</summary>
    public ImmutableArray<ReportingPeriod> Periods { get; }

    /// <summary>Merges two results.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another result in the same currency and period.</param>
    /// <returns>The merge.</returns>
    public static TimePhasedPerformance operator +(TimePhasedPerformance left, TimePhasedPerformance right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Merge(right);
    }

    /// <summary>Returns an empty result.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="unit">The reporting period.</param>
    /// <returns>A result without cells.</returns>
    public static TimePhasedPerformance Empty(Currency currency, PeriodUnit unit) => new(currency, unit, []);

    /// <summary>Sums lines by control element and reporting period.</summary>
    /// <param name="lines">The lines. An array is summed in place, in parallel parts; other sequences are copied into
    /// one first.</param>
    /// <param name="options">How to sum them.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The sums.</returns>
    /// <exception cref="CurrencyMismatchException">A money line is in another currency than the options'.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    public static TimePhasedPerformance Aggregate(
        IEnumerable<PerformanceLine> lines,
        AggregationOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        ReadOnlyMemory<PerformanceLine> memory = lines switch
        {
            PerformanceLine[] array => array,
            List<PerformanceLine> list => list.ToArray(),
            _ => lines.ToArray(),
        };
        return PerformanceSums.Sum(memory, options, cancellationToken);
    }

    /// <summary>Merges another result into a new one: the sums of cells of the same element and period add.</summary>
    /// <param name="other">The other result, in the same currency and period.</param>
    /// <returns>The merge.</returns>
    /// <exception cref="CurrencyMismatchException">The results are in different currencies.</exception>
    /// <exception cref="ArgumentException">The results are by different periods.</exception>
    public TimePhasedPerformance Merge(TimePhasedPerformance other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Currency != Currency && !other.Cells.IsEmpty && !Cells.IsEmpty)
        {
            throw new CurrencyMismatchException(Currency, other.Currency);
        }
        // Merges run once per partition of an aggregation: the message is built only when the check fails.
        if (other.Unit != Unit && !other.Cells.IsEmpty && !Cells.IsEmpty)
        {
            throw new ArgumentException($"Cannot merge a result by {other.Unit} into one by {Unit}.", nameof(other));
        }
        if (Cells.IsEmpty)
        {
            return other;
        }
        return other.Cells.IsEmpty ? this : new TimePhasedPerformance(Currency, Unit, Cells.Concat(other.Cells));
    }

    /// <summary>Sums the cells up to a coarser level: projects or the portfolio.</summary>
    /// <param name="level">The level: <see cref="RollUpLevel.Project"/> or <see cref="RollUpLevel.Portfolio"/>.</param>
    /// <returns>The sums at that level.</returns>
    /// <exception cref="ArgumentException">The level is not projects or the portfolio, or is finer than the cells'. A
    /// WBS breakdown, whose parents already hold their children, rolls up through its top-level elements
    /// only.</exception>
    public TimePhasedPerformance RollUp(RollUpLevel level)
    {
        Preconditions.CheckArgument(
            level is RollUpLevel.Project or RollUpLevel.Portfolio,
            nameof(level),
            $"Cells roll up to projects or the portfolio, not to {level}."
        );
        IEnumerable<PeriodPerformance> cells = Cells.Where(c =>
            c.Element.Level != RollUpLevel.WbsElement || !c.Element.Code.Contains('.', StringComparison.Ordinal)
        );
        return new TimePhasedPerformance(
            Currency,
            Unit,
            cells.Select(c =>
            {
                Preconditions.CheckArgument(
                    c.Element.Level <= level,
                    nameof(level),
                    $"Cells of {c.Element.Level} do not roll down to {level}."
                );
                return c with
                {
                    Element =
                        level == RollUpLevel.Portfolio
                            ? ControlElement.Portfolio
                            : ControlElement.ForProject(c.Element.Project),
                };
            })
        );
    }

    /// <summary>Returns the part of the result that is about one project (at every level it has).</summary>
    /// <param name="project">The project.</param>
    /// <returns>The project's cells.</returns>
    public TimePhasedPerformance ForProject(ProjectId project) =>
        new(Currency, Unit, Cells.Where(c => c.Element.Level != RollUpLevel.Portfolio && c.Element.Project == project));

    /// <summary>Returns the cells of one element, by period.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Its cells; empty if it has none.</returns>
    public ImmutableArray<PeriodPerformance> CellsOf(ControlElement element)
    {
        int first = FirstCellOf(element);
        int last = first;
        while (last < Cells.Length && Cells[last].Element == element)
        {
            last++;
        }
        return Cells.AsSpan()[first..last].ToImmutableArray();
    }

    /// <summary>Returns the cumulative sums of one element at the end of every period of its own time axis: the
    /// S-curves of planned value, earned value and actual cost, and the hours.</summary>
    /// <remarks>An element's time axis starts at its first period with a cell (planned value, earned value, actual cost
    /// or hours) and runs through every period of <see cref="Unit"/>, with or without cells, to its last period with
    /// a cell. It depends only on the element's own cells, so the curve is the same whether this result holds only
    /// the element or a whole portfolio.</remarks>
    /// <param name="element">The element.</param>
    /// <returns>One cell per period of the element's time axis, each holding the sums up to the end of that period;
    /// empty if the element has no cells.</returns>
    public ImmutableArray<PeriodPerformance> Cumulative(ControlElement element)
    {
        ImmutableArray<PeriodPerformance> cells = CellsOf(element);
        if (cells.IsEmpty)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<PeriodPerformance>();
        Money zero = Money.Zero(Currency);
        var running = new PeriodPerformance(element, default, zero, zero, zero, Work.Zero, Work.Zero);
        int next = 0;
        for (ReportingPeriod period = cells[0].Period; next < cells.Length; period = period.Next())
        {
            running = running with { Period = period };
            if (cells[next].Period == period)
            {
                running = running.Add(cells[next] with { Period = period });
                next++;
            }
            result.Add(running);
        }
        return result.ToImmutable();
    }

    /// <summary>Returns the earned-value measures of one element at the end of a period: PV, EV and AC summed up to
    /// it, and the budget at completion as the element's planned value over all periods.</summary>
    /// <param name="element">The element.</param>
    /// <param name="period">The period whose end is the status date.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not of this result's <see
    /// cref="Unit"/>.</exception>
    public EarnedValueMeasures MeasuresAt(ControlElement element, ReportingPeriod period)
    {
        CheckUnit(period);
        Money zero = Money.Zero(Currency);
        Money bac = zero;
        Money pv = zero;
        Money ev = zero;
        Money ac = zero;
        foreach (PeriodPerformance cell in CellsOf(element))
        {
            bac += cell.PlannedValue;
            if (cell.Period <= period)
            {
                pv += cell.PlannedValue;
                ev += cell.EarnedValue;
                ac += cell.ActualCost;
            }
        }
        return new EarnedValueMeasures(bac, pv, ev, ac);
    }

    /// <summary>Returns the earned-schedule measures of one element at the end of a period, in periods of
    /// <see cref="Unit"/> counted from the start of the element's own time axis (its first period with a cell, see
    /// <see cref="Cumulative"/>): the cumulative planned value by period is the curve, the earned value up to the
    /// period is placed on it, and the planned duration runs to the last period with planned value. The measures are
    /// the same whether this result holds only the element or a whole portfolio.</summary>
    /// <param name="element">The element.</param>
    /// <param name="period">The period whose end is the status date.</param>
    /// <returns>The measures, or null when the element has no planned value or the period is before its
    /// first.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not of this result's <see
    /// cref="Unit"/>.</exception>
    public EarnedScheduleMeasures? EarnedScheduleAt(ControlElement element, ReportingPeriod period)
    {
        CheckUnit(period);
        ImmutableArray<PeriodPerformance> cumulative = Cumulative(element);
        int lastPlanned = PlannedDuration(cumulative) - 1;
        int elapsed = ElapsedPeriods(cumulative, period);
        if (elapsed <= 0 || lastPlanned < 0)
        {
            return null;
        }
        Money[] curve = [.. cumulative.Take(lastPlanned + 1).Select(c => c.PlannedValue)];
        Money earned = cumulative[Math.Min(elapsed, cumulative.Length) - 1].EarnedValue;
        return EarnedScheduleMeasures.From(curve, earned, elapsed);
    }

    /// <summary>Counts the periods of an element's time axis up to and including the one that holds the end of
    /// <paramref name="status"/>, continuing past the axis's end; zero when it ends before the axis starts.</summary>
    internal static int ElapsedPeriods(ImmutableArray<PeriodPerformance> cumulative, ReportingPeriod status)
    {
        if (cumulative.IsEmpty || status.End < cumulative[0].Period.Start)
        {
            return 0;
        }
        int inAxis = 0;
        while (inAxis < cumulative.Length && cumulative[inAxis].Period.Start <= status.End)
        {
            inAxis++;
        }
        if (inAxis < cumulative.Length)
        {
            return inAxis;
        }
        int elapsed = inAxis;
        for (ReportingPeriod next = cumulative[^1].Period.Next(); next.Start <= status.End; next = next.Next())
        {
            elapsed++;
        }
        return elapsed;
    }

    /// <inheritdoc />
    public bool Equals(TimePhasedPerformance? other) =>
        other is not null
        && (
            ReferenceEquals(this, other)
            || (Unit == other.Unit && (Currency == other.Currency || Cells.IsEmpty) && Cells.SequenceEqual(other.Cells))
        );

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimePhasedPerformance);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Unit, Cells.Length, Cells.IsEmpty ? 0 : Cells[0].GetHashCode());

    /// <summary>Returns a summary: currency, period and the number of elements and cells.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{Elements.Length} elements by {Unit} in {Currency}, {Cells.Length} cells";

    private void CheckUnit(ReportingPeriod period)
    {
        Preconditions.CheckArgument(
            period.Unit == Unit || Cells.IsEmpty,
            nameof(period),
            $"{period} is a {period.Unit}; this result is by {Unit}: ask for one of its periods."
        );
    }

    private int FirstCellOf(ControlElement element)
    {
        int low = 0;
        int high = Cells.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (Cells[mid].Element.CompareTo(element) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    /// <summary>Returns the planned duration of a cumulative curve: how many periods up to the last in which planned
    /// value is added.</summary>
    internal static int PlannedDuration(ImmutableArray<PeriodPerformance> cumulative)
    {
        int planned = 0;
        for (int i = 0; i < cumulative.Length; i++)
        {
            if (
                i == 0
                    ? cumulative[i].PlannedValue.Amount != 0m
                    : cumulative[i].PlannedValue != cumulative[i - 1].PlannedValue
            )
            {
                planned = i + 1;
            }
        }
        return planned;
    }

    internal static TimePhasedPerformance FromSums(
        AggregationOptions options,
        ImmutableArray<ReportingPeriod> periods,
        IEnumerable<(ControlElement Element, decimal[] Sums)> rows
    )
    {
        Currency currency = options.Currency;
        var cells = new List<PeriodPerformance>();
        foreach ((ControlElement element, decimal[] sums) in rows)
        {
            for (int p = 0; p < periods.Length; p++)
            {
                int at = p * Measures;
                if (
                    sums[at] == 0m
                    && sums[at + 1] == 0m
                    && sums[at + 2] == 0m
                    && sums[at + 3] == 0m
                    && sums[at + 4] == 0m
                )
                {
                    continue;
                }
                cells.Add(
                    new PeriodPerformance(
                        element,
                        periods[p],
                        new Money(sums[at], currency),
                        new Money(sums[at + 1], currency),
                        new Money(sums[at + 2], currency),
                        Work.FromHours(sums[at + 3]),
                        Work.FromHours(sums[at + 4])
                    )
                );
            }
        }
        return new TimePhasedPerformance(currency, options.Unit, cells);
    }
}
