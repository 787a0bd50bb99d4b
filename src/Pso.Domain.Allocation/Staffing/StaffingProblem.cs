using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>
/// Who does what: demands for work in a period, by role or by skills at a minimum proficiency, to be filled by people
/// with time-phased capacity, so that nobody works beyond capacity or outside their qualification, as much demand as
/// possible is filled (weighted by the demands' weights), and, among such plans, the weighted sum of cost, over-
/// qualification, missed preferences and broken continuity is least.
///</summary>
/// <remarks>
/// <para>Work is counted in whole units (hours, say) and time in whole periods (weeks, say); a demand's units may be
/// shared among several qualified people. Pinned assignments are kept as given: they use their person's capacity and
/// fill their demand before anything else is decided. <see cref="FromCapacityPlan"/> builds a problem from the
/// Resources engine's people, capacity and bookings.</para>
/// <para>Building a problem checks it whole and reports every problem at once in a <see cref="ValidationException"/>:
/// duplicate demands or people, negative amounts, a cost rate finer than the currency's minor unit, pinned assignments
/// naming unknown demands or people or using more than a person's capacity or a demand's units.</para>
/// </remarks>
public sealed partial class StaffingProblem
{
    private readonly FrozenDictionary<(DemandId, int), int> _demandIndex;
    private readonly FrozenDictionary<ResourceId, int> _candidateIndex;

    /// <summary>Initialises and checks a problem.</summary>
    /// <param name="demands">The demands, one per demand and period.</param>
    /// <param name="candidates">The people who may fill them.</param>
    /// <param name="objective">The weights of the soft terms; <see cref="StaffingObjective.Default"/> when
    /// null.</param>
    /// <param name="pinned">Assignments already made, kept as they are.</param>
    /// <exception cref="ValidationException">The problem is inconsistent; every problem is listed.</exception>
    public StaffingProblem(
        IEnumerable<StaffingDemand> demands,
        IEnumerable<Candidate> candidates,
        StaffingObjective? objective = null,
        IEnumerable<ResourceAssignment>? pinned = null
    )
    {
        ArgumentNullException.ThrowIfNull(demands);
        ArgumentNullException.ThrowIfNull(candidates);
        Demands = [.. demands];
        Candidates = [.. candidates];
        Objective = objective ?? StaffingObjective.Default;
        Pinned = pinned is null ? [] : [.. pinned];
        var errors = new List<ValidationError>();
        var demandIndex = new Dictionary<(DemandId, int), int>();
        for (int i = 0; i < Demands.Length; i++)
        {
            StaffingDemand d = Demands[i];
            if (!demandIndex.TryAdd((d.Id, d.Period), i))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.Duplicate,
                        $"Demand '{d.Id}' appears twice in period {d.Period}.",
                        d.Id.Value,
                        "id"
                    )
                );
            }
            if (d.Units < 0 || d.Period < 0 || d.Weight < 1)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.NegativeAmount,
                        $"Demand '{d.Id}' has a negative period or units, or a weight below 1 (period {d.Period}, "
                            + $"units {d.Units}, weight {d.Weight}).",
                        d.Id.Value,
                        "units"
                    )
                );
            }
        }
        var candidateIndex = new Dictionary<ResourceId, int>();
        Currency? currency = null;
        for (int i = 0; i < Candidates.Length; i++)
        {
            Candidate c = Candidates[i];
            if (!candidateIndex.TryAdd(c.Id, i))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.Duplicate,
                        $"Person '{c.Id}' appears twice.",
                        c.Id.Value,
                        "id"
                    )
                );
            }
            if (c.Capacity.Any(u => u < 0))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.NegativeAmount,
                        $"Person '{c.Id}' has a negative capacity.",
                        c.Id.Value,
                        "capacity"
                    )
                );
            }
            if (c.CostRate is Money rate)
            {
                if (rate.Amount < 0 || decimal.Round(rate.Amount, rate.Currency.MinorUnitDigits) != rate.Amount)
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            AllocationErrorCodes.NegativeAmount,
                            $"Person '{c.Id}' has a cost rate of {rate}, which is negative or finer than the "
                                + "currency's minor unit.",
                            c.Id.Value,
                            "costRate"
                        )
                    );
                }
                if (currency is Currency first && first != rate.Currency)
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            AllocationErrorCodes.CurrencyMismatch,
                            $"Person '{c.Id}' costs in {rate.Currency.Code}, others in {first.Code}: one currency "
                                + "per problem.",
                            c.Id.Value,
                            "costRate"
                        )
                    );
                }
                currency ??= rate.Currency;
            }
        }
        Currency = currency ?? Currency.None;
        foreach (ResourceAssignment pin in Pinned)
        {
            if (!demandIndex.ContainsKey((pin.Demand, pin.Period)))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.UnknownDemand,
                        $"A pinned assignment names demand '{pin.Demand}' in period {pin.Period}, which the problem "
                            + "does not have.",
                        pin.Demand.Value,
                        "demand"
                    )
                );
            }
            if (!candidateIndex.ContainsKey(pin.Resource))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.UnknownResource,
                        $"A pinned assignment names person '{pin.Resource}', whom the problem does not have.",
                        pin.Demand.Value,
                        "resource"
                    )
                );
            }
            if (pin.Units <= 0)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.NegativeAmount,
                        $"A pinned assignment of '{pin.Resource}' to '{pin.Demand}' has no units.",
                        pin.Demand.Value,
                        "units"
                    )
                );
            }
        }
        if (errors.Count == 0)
        {
            foreach (var group in Pinned.GroupBy(p => (p.Resource, p.Period)))
            {
                int used = group.Sum(p => p.Units);
                Candidate c = Candidates[candidateIndex[group.Key.Resource]];
                if (used > c.CapacityIn(group.Key.Period))
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            AllocationErrorCodes.DemandAboveCapacity,
                            $"Pinned assignments give '{c.Id}' {used} units in period {group.Key.Period}; their "
                                + $"capacity is {c.CapacityIn(group.Key.Period)}.",
                            c.Id.Value,
                            "pinned"
                        )
                    );
                }
            }
            foreach (var group in Pinned.GroupBy(p => (p.Demand, p.Period)))
            {
                int used = group.Sum(p => p.Units);
                StaffingDemand d = Demands[demandIndex[(group.Key.Demand, group.Key.Period)]];
                if (used > d.Units)
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            AllocationErrorCodes.DemandAboveCapacity,
                            $"Pinned assignments give demand '{d.Id}' {used} units in period {d.Period}; it needs "
                                + $"{d.Units}.",
                            d.Id.Value,
                            "pinned"
                        )
                    );
                }
            }
        }
        if (errors.Count == 0 && Scale(out Candidate? dearest) is decimal scale && scale > MaxScale)
        {
            // The solver adds costs (rate x weight, plus the objective's terms) over every unit, with a penalty for an
            // unfilled unit above them all; past this scale the sums would overflow.
            errors.Add(
                ValidationError.ForRecord(
                    AllocationErrorCodes.OutOfRange,
                    $"The problem's costs reach {scale:E2} (cost rates x units x weights x the objective's weights), "
                        + $"beyond the {MaxScale:E0} the solver adds up; "
                        + $"'{dearest?.Id}' has the highest cost rate ({dearest?.CostRate}).",
                    dearest?.Id.Value ?? "",
                    "costRate"
                )
            );
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
        _demandIndex = demandIndex.ToFrozenDictionary();
        _candidateIndex = candidateIndex.ToFrozenDictionary();
        Network = new StaffingFlowNetwork(this);
    }

    /// <summary>Gets the demands, in the order given.</summary>
    public ImmutableArray<StaffingDemand> Demands { get; }

    /// <summary>Gets the people, in the order given.</summary>
    public ImmutableArray<Candidate> Candidates { get; }

    /// <summary>Gets the weights of the objective's soft terms.</summary>
    public StaffingObjective Objective { get; }

    /// <summary>Gets the assignments kept as given.</summary>
    public ImmutableArray<ResourceAssignment> Pinned { get; }

    /// <summary>Gets the currency of the cost rates; <see cref="Currency.None"/> when nobody has one.</summary>
    public Currency Currency { get; }

    internal StaffingFlowNetwork Network { get; }

    internal bool TryDemandIndex(DemandId id, int period, out int index) =>
        _demandIndex.TryGetValue((id, period), out index);

    internal bool TryCandidateIndex(ResourceId id, out int index) => _candidateIndex.TryGetValue(id, out index);

    /// <summary>Tells whether a person may fill a demand: they have its role (when it names one) and every skill it
    /// needs at the minimum proficiency or above.</summary>
    /// <param name="demand">The demand.</param>
    /// <param name="candidate">The person.</param>
    /// <returns>Whether they qualify.</returns>
    public static bool Qualifies(StaffingDemand demand, Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(candidate);
        return OverQualification(demand, candidate) >= 0;
    }

    /// <summary>Levels above the minimum, summed over the demand's skills; -1 when the person does not
    /// qualify.</summary>
    /// <summary>The largest sum the solver may reach: 2^60, a margin under a 64-bit count.</summary>
    private const decimal MaxScale = 1L << 60;

    /// <summary>Bounds the solver's largest sum: the dearest arc (rate, over-qualification, preference, continuity)
    /// times the penalty's multiple of it times every weighted unit.</summary>
    private decimal? Scale(out Candidate? dearest)
    {
        dearest = Candidates.Where(c => c.CostRate is not null).MaxBy(c => c.CostRate!.Value.Amount);
        try
        {
            decimal rate = dearest?.CostRate is Money m ? m.Amount / m.Currency.MinorUnit : 0m;
            decimal arc =
                (Objective.Cost * rate)
                + (Objective.OverQualification * 100m)
                + Objective.Preference
                + Objective.Continuity;
            decimal units = Demands.Sum(d => (decimal)d.Units * d.Weight);
            return ((arc * Math.Min(Demands.Length + 1m, Candidates.Length + 1m)) + 1m) * Math.Max(1m, units);
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }

    internal static int OverQualification(StaffingDemand demand, Candidate candidate)
    {
        if (demand.Role is RoleId role && !candidate.Roles.Contains(role))
        {
            return -1;
        }
        int above = 0;
        foreach (SkillRequirement need in demand.Skills)
        {
            int level = -1;
            foreach (ResourceSkill has in candidate.Skills)
            {
                if (has.Skill == need.Skill)
                {
                    level = Math.Max(level, has.Proficiency);
                }
            }
            if (level < need.MinimumProficiency)
            {
                return -1;
            }
            above += level - need.MinimumProficiency;
        }
        return above;
    }
}
