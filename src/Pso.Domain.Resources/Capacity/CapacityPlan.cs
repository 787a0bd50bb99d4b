using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Periods;

namespace Pso.Domain.Resources.Capacity;

/// <summary>
/// The time-phased capacity, bookings and availability of a pool of resources, day by day over a horizon, with the
/// queries a resourcing office asks of it: roll-ups by period and by resource, role, skill, team or project,
/// over-allocation and under-utilisation, utilisation against actual hours, a skill-and-availability search and
/// capacity against demand.
///</summary>
/// <remarks>
/// <para><b>Capacity</b> on a day is the resource calendar's working time times the units available that day, and
/// nothing on an absence. <b>Bookings</b> spread their work over the days on which the resource's calendar works and it
/// is not absent: so many hours a day, or units of that day's working time, shaped by the booking's contour (flat,
/// front-loaded, back-loaded, bell) or given day by day. <b>Available</b> is capacity less the bookings that
/// count.</para>
/// <para>Work is kept in whole ticks (100 ns), so every roll-up is an exact sum: a month is the sum of its days, and a
/// contour spreads exactly the booked work (largest remainder). Sums over ranges are answered from running totals in
/// constant time. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class CapacityPlan
{
    private readonly ResourcePool _pool;
    private readonly CapacityPlanOptions _options;
    private readonly CapacityTables _tables;
    private readonly Lazy<Dictionary<BookingId, int>> _bookingIndex;
    private readonly Dictionary<SkillId, (int Resource, int Proficiency, LocalDate? Expires)[]> _skillIndex;

    private CapacityPlan(
        ResourcePool pool,
        ImmutableArray<Booking> bookings,
        ImmutableArray<Demand> demands,
        DateInterval horizon,
        CapacityPlanOptions options,
        CapacityTables tables
    )
    {
        _pool = pool;
        _options = options;
        Horizon = horizon;
        Bookings = bookings;
        Demands = demands;
        _tables = tables;
        // Only WorkOf looks bookings up by id; the index is built the first time it does.
        _bookingIndex = new Lazy<Dictionary<BookingId, int>>(() =>
            Bookings.Select((b, i) => (b.Id, i)).ToDictionary(p => p.Id, p => p.i)
        );
        _skillIndex = pool
            .Resources.SelectMany((r, i) => r.Skills.Select(s => (s.Skill, Entry: (i, s.Proficiency, s.Expires))))
            .GroupBy(e => e.Skill)
            .ToDictionary(
                g => g.Key,
                g => g.Select(e => e.Entry).OrderByDescending(e => e.Proficiency).ThenBy(e => e.i).ToArray()
            );
    }

    /// <summary>Gets the days the plan covers.</summary>
    public DateInterval Horizon { get; }

    /// <summary>Gets the bookings, in the order given.</summary>
    public ImmutableArray<Booking> Bookings { get; }

    /// <summary>Gets the demands, in the order given.</summary>
    public ImmutableArray<Demand> Demands { get; }

    /// <summary>Gets the resources.</summary>
    public ResourcePool Pool => _pool;

    /// <summary>Builds the plan of a pool's capacity and bookings over a horizon, checking the bookings and
    /// demands.</summary>
    /// <param name="pool">The resources.</param>
    /// <param name="bookings">The bookings; work outside the horizon is left out of the plan.</param>
    /// <param name="demands">The demands, for capacity against demand.</param>
    /// <param name="horizon">The days to plan.</param>
    /// <param name="options">The settings; <see cref="CapacityPlanOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ValidationException">A booking or demand is inconsistent (unknown resource, negative hours or
    /// effort, units above the resource's maximum, a skill level outside 1 to 5, an explicit contour of the wrong
    /// length); every problem is listed, naming the record.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    public static CapacityPlan Create(
        ResourcePool pool,
        IEnumerable<Booking> bookings,
        IEnumerable<Demand> demands,
        DateInterval horizon,
        CapacityPlanOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(demands);
        ArgumentNullException.ThrowIfNull(horizon);
        ImmutableArray<Booking> bookingList = [.. bookings];
        ImmutableArray<Demand> demandList = [.. demands];
        CapacityPlanValidation.Check(pool, bookingList, demandList);
        var tables = new CapacityTables(pool, bookingList, horizon, cancellationToken);
        return new CapacityPlan(pool, bookingList, demandList, horizon, options ?? CapacityPlanOptions.Default, tables);
    }

    private long CountedBookings(int r, int from, int to) =>
        _tables.Booked(r, BookingStatus.Confirmed, from, to)
        + (_options.CountTentative ? _tables.Booked(r, BookingStatus.Tentative, from, to) : 0);

    private static Work Total(IEnumerable<Work> work) => work.Aggregate(Work.Zero, (sum, w) => sum + w);

    private static Work ToWork(long ticks) => Work.FromDuration(Duration.FromTicks(ticks));

    private int IndexOf(ResourceId resource) =>
        _pool.TryIndexOf(resource, out int r)
            ? r
            : throw new UnknownIdException(
                ResourceErrorCodes.UnknownResource,
                resource.Value,
                $"The pool has no resource '{resource}'."
            );

    /// <summary>Returns a resource's capacity over some dates (inside the horizon).</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The working time it has.</returns>
    public Work Capacity(ResourceId resource, DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        (int from, int to) = _tables.Clip(dates);
        return ToWork(_tables.Capacity(IndexOf(resource), from, to));
    }

    /// <summary>Returns a resource's booked work over some dates (inside the horizon).</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="dates">The dates.</param>
    /// <param name="status">Confirmed or tentative bookings.</param>
    /// <returns>The work.</returns>
    public Work Booked(ResourceId resource, DateInterval dates, BookingStatus status = BookingStatus.Confirmed)
    {
        ArgumentNullException.ThrowIfNull(dates);
        (int from, int to) = _tables.Clip(dates);
        int r = IndexOf(resource);
        return ToWork(_tables.Booked(r, status, from, to));
    }

    /// <summary>Returns a resource's availability over some dates: capacity less the bookings that count.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The work; negative when over-allocated.</returns>
    public Work Available(ResourceId resource, DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        (int from, int to) = _tables.Clip(dates);
        int r = IndexOf(resource);
        return ToWork(_tables.Capacity(r, from, to) - CountedBookings(r, from, to));
    }

    /// <summary>Returns a booking's work on each day of the horizon that it covers.</summary>
    /// <param name="booking">The booking.</param>
    /// <returns>The days and their work, in order.</returns>
    /// <exception cref="UnknownIdException">The plan has no such booking.</exception>
    public ImmutableArray<(LocalDate Date, Work Work)> WorkOf(BookingId booking) =>
        !_bookingIndex.Value.TryGetValue(booking, out int index)
            ? throw new UnknownIdException(
                ResourceErrorCodes.UnknownBooking,
                booking.Value,
                $"The plan has no booking '{booking}'."
            )
        : _tables.SpreadOf(index) is not BookingSpread spread ? []
        : [.. spread.Ticks.Select((t, k) => (_tables.First.PlusDays(spread.FirstDay + k), ToWork(t)))];

    // ---- Roll-ups ---------------------------------------------------------------------------------------------------

    private ImmutableArray<ReportingPeriod> Periods(PeriodUnit unit) => _options.Reporting.PeriodsIn(Horizon, unit);

    /// <summary>Returns every resource's capacity, bookings and availability in each period of the horizon.</summary>
    /// <param name="unit">Days, weeks, months, quarters, years or fiscal periods.</param>
    /// <returns>A row per resource and period, resources in the pool's order.</returns>
    public ImmutableArray<PeriodLoad<ResourceId>> ByResource(PeriodUnit unit)
    {
        ImmutableArray<ReportingPeriod> periods = Periods(unit);
        var rows = ImmutableArray.CreateBuilder<PeriodLoad<ResourceId>>(_pool.Resources.Length * periods.Length);
        for (int r = 0; r < _pool.Resources.Length; r++)
        {
            foreach (ReportingPeriod period in periods)
            {
                (int from, int to) = _tables.Clip(period.Dates);
                long capacity = _tables.Capacity(r, from, to);
                long confirmed = _tables.Booked(r, BookingStatus.Confirmed, from, to);
                long tentative = _tables.Booked(r, BookingStatus.Tentative, from, to);
                rows.Add(
                    new PeriodLoad<ResourceId>(
                        _pool.Resources[r].Id,
                        period,
                        ToWork(capacity),
                        ToWork(confirmed),
                        ToWork(tentative),
                        ToWork(capacity - confirmed - (_options.CountTentative ? tentative : 0))
                    )
                );
            }
        }
        return rows.MoveToImmutable();
    }

    /// <summary>Returns capacity, bookings and availability summed over the resources that fill each role.</summary>
    /// <param name="unit">The period unit.</param>
    /// <returns>A row per role and period, roles in id order.</returns>
    public ImmutableArray<PeriodLoad<RoleId>> ByRole(PeriodUnit unit) => ByGroup(unit, r => r.Roles);

    /// <summary>Returns capacity, bookings and availability summed over the resources that have each skill.</summary>
    /// <param name="unit">The period unit.</param>
    /// <returns>A row per skill and period, skills in id order.</returns>
    public ImmutableArray<PeriodLoad<SkillId>> BySkill(PeriodUnit unit) =>
        ByGroup(unit, r => r.Skills.Select(s => s.Skill).Distinct());

    /// <summary>Returns capacity, bookings and availability summed over each team's resources.</summary>
    /// <param name="unit">The period unit.</param>
    /// <returns>A row per team and period, teams in id order.</returns>
    public ImmutableArray<PeriodLoad<TeamId>> ByTeam(PeriodUnit unit) => ByGroup(unit, r => r.Teams);

    private ImmutableArray<PeriodLoad<TKey>> ByGroup<TKey>(PeriodUnit unit, Func<Resource, IEnumerable<TKey>> keys)
        where TKey : IComparable<TKey>
    {
        ImmutableArray<PeriodLoad<ResourceId>> byResource = ByResource(unit);
        int periods = Periods(unit).Length;
        var groups = new SortedDictionary<TKey, List<int>>();
        for (int r = 0; r < _pool.Resources.Length; r++)
        {
            foreach (TKey key in keys(_pool.Resources[r]))
            {
                if (!groups.TryGetValue(key, out List<int>? members))
                {
                    groups[key] = members = [];
                }
                members.Add(r);
            }
        }
        var rows = ImmutableArray.CreateBuilder<PeriodLoad<TKey>>();
        foreach ((TKey key, List<int> members) in groups)
        {
            for (int p = 0; p < periods; p++)
            {
                IEnumerable<PeriodLoad<ResourceId>> cells = members.Select(r => byResource[(r * periods) + p]);
                rows.Add(
                    new PeriodLoad<TKey>(
                        key,
                        byResource[p].Period,
                        Total(cells.Select(c => c.Capacity)),
                        Total(cells.Select(c => c.Booked)),
                        Total(cells.Select(c => c.TentativelyBooked)),
                        Total(cells.Select(c => c.Available))
                    )
                );
            }
        }
        return rows.ToImmutable();
    }

    /// <summary>Returns each project's booked work in each period (capacity belongs to resources, so it is
    /// zero).</summary>
    /// <param name="unit">The period unit.</param>
    /// <returns>A row per project and period, projects in id order.</returns>
    public ImmutableArray<PeriodLoad<ProjectId>> ByProject(PeriodUnit unit)
    {
        ImmutableArray<ReportingPeriod> periods = Periods(unit);
        var totals = new SortedDictionary<ProjectId, (long[] Confirmed, long[] Tentative)>();
        for (int r = 0; r < _pool.Resources.Length; r++)
        {
            foreach (BookingSpread spread in _tables.SpreadsOf(r))
            {
                Booking booking = Bookings[spread.Booking];
                if (!totals.TryGetValue(booking.Project, out var days))
                {
                    totals[booking.Project] = days = (new long[_tables.Days + 1], new long[_tables.Days + 1]);
                }
                long[] target = booking.Status == BookingStatus.Confirmed ? days.Confirmed : days.Tentative;
                for (int k = 0; k < spread.Ticks.Length; k++)
                {
                    target[spread.FirstDay + k + 1] += spread.Ticks[k];
                }
            }
        }
        var rows = ImmutableArray.CreateBuilder<PeriodLoad<ProjectId>>();
        foreach ((ProjectId project, (long[] confirmed, long[] tentative)) in totals)
        {
            CapacityTables.Accumulate(confirmed);
            CapacityTables.Accumulate(tentative);
            foreach (ReportingPeriod period in periods)
            {
                (int from, int to) = _tables.Clip(period.Dates);
                long c = CapacityTables.Sum(confirmed, from, to);
                long t = CapacityTables.Sum(tentative, from, to);
                rows.Add(
                    new PeriodLoad<ProjectId>(
                        project,
                        period,
                        Work.Zero,
                        ToWork(c),
                        ToWork(t),
                        ToWork(-c - (_options.CountTentative ? t : 0))
                    )
                );
            }
        }
        return rows.ToImmutable();
    }

    // ---- Over- and under-allocation, utilisation --------------------------------------------------------------------

    /// <summary>Returns every resource and period in which the bookings that count exceed capacity, with the excess,
    /// the bookings involved and a severity by the plan's thresholds.</summary>
    /// <param name="unit">The period unit: days find every clash, months summarise.</param>
    /// <returns>The over-allocations, by resource then period.</returns>
    public ImmutableArray<Overallocation> Overallocations(PeriodUnit unit)
    {
        var found = ImmutableArray.CreateBuilder<Overallocation>();
        foreach ((int r, ReportingPeriod period, int from, int to, long capacity, long booked) in Cells(unit))
        {
            if (booked <= capacity)
            {
                continue;
            }
            long excess = booked - capacity;
            OverallocationSeverity severity =
                capacity == 0 || excess >= capacity * _options.CriticalOverallocation ? OverallocationSeverity.Critical
                : excess >= capacity * _options.MajorOverallocation ? OverallocationSeverity.Major
                : OverallocationSeverity.Minor;
            ImmutableArray<BookingId> involved =
            [
                .. _tables
                    .SpreadsOf(r)
                    .Where(s =>
                        (_options.CountTentative || Bookings[s.Booking].Status == BookingStatus.Confirmed)
                        && s.FirstDay <= to
                        && s.FirstDay + s.Ticks.Length - 1 >= from
                        && s.Ticks.AsSpan(
                                Math.Max(0, from - s.FirstDay),
                                Math.Min(s.Ticks.Length - 1, to - s.FirstDay) - Math.Max(0, from - s.FirstDay) + 1
                            )
                            .ContainsAnyExcept(0L)
                    )
                    .Select(s => Bookings[s.Booking].Id),
            ];
            found.Add(
                new Overallocation(
                    _pool.Resources[r].Id,
                    period,
                    ToWork(capacity),
                    ToWork(booked),
                    ToWork(excess),
                    severity,
                    involved
                )
            );
        }
        return found.ToImmutable();
    }

    /// <summary>Every resource and period with the days it covers, its capacity and the bookings that count.</summary>
    private IEnumerable<(int Resource, ReportingPeriod Period, int From, int To, long Capacity, long Booked)> Cells(
        PeriodUnit unit
    )
    {
        ImmutableArray<ReportingPeriod> periods = Periods(unit);
        for (int r = 0; r < _pool.Resources.Length; r++)
        {
            foreach (ReportingPeriod period in periods)
            {
                (int from, int to) = _tables.Clip(period.Dates);
                yield return (r, period, from, to, _tables.Capacity(r, from, to), CountedBookings(r, from, to));
            }
        }
    }

    /// <summary>Returns every resource and period with capacity in which the bookings that count use less than a share
    /// of it.</summary>
    /// <param name="unit">The period unit.</param>
    /// <param name="below">The share: 0.5 finds resources booked under half their time.</param>
    /// <returns>The under-utilised resources and periods, by resource then period.</returns>
    public ImmutableArray<Underutilisation> Underutilisations(PeriodUnit unit, decimal below)
    {
        var found = ImmutableArray.CreateBuilder<Underutilisation>();
        foreach ((int r, ReportingPeriod period, _, _, long capacity, long booked) in Cells(unit))
        {
            if (capacity > 0 && booked < capacity * below)
            {
                found.Add(
                    new Underutilisation(
                        _pool.Resources[r].Id,
                        period,
                        ToWork(capacity),
                        ToWork(booked),
                        (decimal)booked / capacity
                    )
                );
            }
        }
        return found.ToImmutable();
    }

    /// <summary>Returns a resource's utilisation over some dates: booked against capacity and, from the actual work
    /// supplied, actual against capacity split billable and non-billable.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="dates">The dates.</param>
    /// <param name="actuals">Timesheet work; entries of other resources or outside the dates are ignored.</param>
    /// <returns>The summary.</returns>
    public UtilisationSummary Utilisation(
        ResourceId resource,
        DateInterval dates,
        IEnumerable<ActualWork>? actuals = null
    )
    {
        ArgumentNullException.ThrowIfNull(dates);
        var mine = (actuals ?? []).Where(a => a.Resource == resource && dates.Contains(a.Date)).ToList();
        return new UtilisationSummary(
            resource,
            Capacity(resource, dates),
            Booked(resource, dates),
            Total(mine.Where(a => a.Billable).Select(a => a.Work)),
            Total(mine.Where(a => !a.Billable).Select(a => a.Work))
        );
    }

    // ---- Search and capacity against demand -------------------------------------------------------------------------

    /// <summary>
    /// Finds the resources with a skill at a minimum level (not expired before the last of the dates) that are free
    /// for at least so much work in every week of some dates, best first: higher proficiency, then more free time.
    /// Answered from the skill index and the running totals, without reading bookings.
    ///</summary>
    /// <param name="skill">The skill.</param>
    /// <param name="minimumProficiency">The lowest acceptable level, 1 to 5.</param>
    /// <param name="perWeek">The free work needed in each week (seven days from the first of the dates; a last,
    /// shorter week needs its share).</param>
    /// <param name="dates">The days the work is needed.</param>
    /// <param name="limit">The most matches to return.</param>
    /// <returns>The matches.</returns>
    public ImmutableArray<ResourceMatch> FindAvailable(
        SkillId skill,
        int minimumProficiency,
        Work perWeek,
        DateInterval dates,
        int limit = 20
    )
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (!_skillIndex.TryGetValue(skill, out var holders))
        {
            return [];
        }
        (int from, int to) = _tables.Clip(dates);
        long needed = perWeek.ToDuration().BclCompatibleTicks;
        var matches = new List<(ResourceMatch Match, long Free)>();
        foreach ((int r, int proficiency, LocalDate? expires) in holders)
        {
            if (proficiency < minimumProficiency)
            {
                break; // the index is sorted by proficiency, best first
            }
            if (expires is LocalDate e && e < dates.End)
            {
                continue;
            }
            long least = long.MaxValue;
            bool fits = true;
            for (int week = from; week <= to && fits; week += 7)
            {
                int weekEnd = Math.Min(to, week + 6);
                long free = _tables.Capacity(r, week, weekEnd) - CountedBookings(r, week, weekEnd);
                long need = weekEnd - week == 6 ? needed : needed * (weekEnd - week + 1) / 7;
                least = Math.Min(least, free);
                fits = free >= need;
            }
            if (fits)
            {
                long total = _tables.Capacity(r, from, to) - CountedBookings(r, from, to);
                matches.Add(
                    (
                        new ResourceMatch(
                            _pool.Resources[r].Id,
                            proficiency,
                            ToWork(total),
                            ToWork(least == long.MaxValue ? 0 : least)
                        ),
                        total
                    )
                );
            }
        }
        return
        [
            .. matches
                .OrderByDescending(m => m.Match.Proficiency)
                .ThenByDescending(m => m.Free)
                .ThenBy(m => m.Match.Resource)
                .Take(limit)
                .Select(m => m.Match),
        ];
    }

    /// <summary>Returns, per role and period, the capacity of the resources that fill the role against the demand for
    /// it, how much of that demand the bookings that count (confirmed, and tentative when the plan counts them) staff,
    /// and what is left unstaffed.</summary>
    /// <param name="unit">The period unit.</param>
    /// <returns>A row per role and period, roles in id order.</returns>
    public ImmutableArray<CapacityDemand<RoleId>> RoleCapacityVersusDemand(PeriodUnit unit) =>
        CapacityVersusDemand(unit, ByRole(unit), d => d.Role is RoleId role ? [role] : []);

    /// <summary>Returns, per skill and period, the capacity of the resources with the skill against the demand for it
    /// (a demand for several skills counts under each), how much bookings staff, and what is left unstaffed.</summary>
    /// <param name="unit">The period unit.</param>
    /// <returns>A row per skill and period, skills in id order.</returns>
    public ImmutableArray<CapacityDemand<SkillId>> SkillCapacityVersusDemand(PeriodUnit unit) =>
        CapacityVersusDemand(unit, BySkill(unit), d => [.. d.Skills.Select(s => s.Skill)]);

    private ImmutableArray<CapacityDemand<TKey>> CapacityVersusDemand<TKey>(
        PeriodUnit unit,
        ImmutableArray<PeriodLoad<TKey>> capacity,
        Func<Demand, TKey[]> keys
    )
        where TKey : IComparable<TKey>
    {
        ImmutableArray<ReportingPeriod> periods = Periods(unit);
        var staffedByDemand = new Dictionary<DemandId, long[]>();
        for (int r = 0; r < _pool.Resources.Length; r++)
        {
            foreach (BookingSpread spread in _tables.SpreadsOf(r))
            {
                Booking booking = Bookings[spread.Booking];
                if (
                    booking.Demand is not DemandId demand
                    || (booking.Status == BookingStatus.Tentative && !_options.CountTentative)
                )
                {
                    continue;
                }
                if (!staffedByDemand.TryGetValue(demand, out long[]? days))
                {
                    staffedByDemand[demand] = days = new long[_tables.Days];
                }
                for (int k = 0; k < spread.Ticks.Length; k++)
                {
                    days[spread.FirstDay + k] += spread.Ticks[k];
                }
            }
        }
        var demanded = new SortedDictionary<TKey, (long[] Demand, long[] Staffed)>();
        foreach (Demand demand in Demands)
        {
            long[] daily = DemandByDay(demand);
            staffedByDemand.TryGetValue(demand.Id, out long[]? staffed);
            foreach (TKey key in keys(demand))
            {
                if (!demanded.TryGetValue(key, out var totals))
                {
                    demanded[key] = totals = (new long[_tables.Days], new long[_tables.Days]);
                }
                for (int d = 0; d < _tables.Days; d++)
                {
                    totals.Demand[d] += daily[d];
                    totals.Staffed[d] += staffed is null ? 0 : Math.Min(staffed[d], daily[d]);
                }
            }
        }
        var capacityOf = capacity.ToDictionary(c => (c.Key, c.Period), c => c.Capacity);
        var keysInOrder = new SortedSet<TKey>(demanded.Keys.Concat(capacity.Select(c => c.Key)));
        var rows = ImmutableArray.CreateBuilder<CapacityDemand<TKey>>();
        foreach (TKey key in keysInOrder)
        {
            demanded.TryGetValue(key, out var totals);
            foreach (ReportingPeriod period in periods)
            {
                (int from, int to) = _tables.Clip(period.Dates);
                long demand = 0;
                long staffed = 0;
                for (int d = from; d <= to && totals.Demand is not null; d++)
                {
                    demand += totals.Demand[d];
                    staffed += totals.Staffed[d];
                }
                rows.Add(
                    new CapacityDemand<TKey>(
                        key,
                        period,
                        capacityOf.GetValueOrDefault((key, period), Work.Zero),
                        ToWork(demand),
                        ToWork(staffed),
                        ToWork(demand - staffed)
                    )
                );
            }
        }
        return rows.ToImmutable();
    }

    /// <summary>A demand's effort over the horizon's days, spread evenly over its working days on the demand
    /// calendar.</summary>
    private long[] DemandByDay(Demand demand)
    {
        int length = demand.Dates.Length;
        long[] weights = new long[length];
        for (int k = 0; k < length; k++)
        {
            weights[k] = _options
                .DemandCalendar.GetWorkingDay(demand.Dates.Start.PlusDays(k))
                .WorkingTime.BclCompatibleTicks;
        }
        // A demand over no working day of the demand calendar spreads nothing (its effort has nowhere to go).
        long[] spread = weights.Any(w => w > 0)
            ? LargestRemainder.Split(demand.Effort.ToDuration().BclCompatibleTicks, weights)
            : new long[length];
        long[] daily = new long[_tables.Days];
        int offset = _tables.DayOf(demand.Dates.Start);
        for (int k = 0; k < length; k++)
        {
            int d = offset + k;
            if (d >= 0 && d < _tables.Days)
            {
                daily[d] = spread[k];
            }
        }
        return daily;
    }
}
