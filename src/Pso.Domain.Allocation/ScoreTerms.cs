namespace Pso.Domain.Allocation;

/// <summary>The names of the terms a <see cref="Score"/> holds, each defined once beside its rule: the hard terms are
/// the checkers' rules (<see cref="ViolationKind"/>, counted from the independent check of every returned answer, so
/// always 0 in a solution), the others the objectives' measures. Look a term up with <c>score[ScoreTerms.Cost]</c>.
/// </summary>
public static class ScoreTerms
{
    /// <summary>Hard: successors that start before their predecessors (plus lag) allow.</summary>
    public const string Precedence = "precedence";

    /// <summary>Hard: periods in which a role or person is used beyond capacity.</summary>
    public const string Capacity = "capacity";

    /// <summary>Hard: work given to people who lack its role or skill.</summary>
    public const string Qualification = "qualification";

    /// <summary>Soft (levelling): the sum over projects of periods late against the due date times the project's
    /// weight; its penalty is the value times the horizon + 1 when it is the objective, so that it outranks the
    /// makespan, otherwise 0.</summary>
    public const string WeightedTardiness = "weighted-tardiness";

    /// <summary>Soft (levelling): the sum over projects of periods past the project's critical-path finish times its
    /// weight; weighted as <see cref="WeightedTardiness"/> when it is the objective.</summary>
    public const string ProjectDelay = "project-delay";

    /// <summary>Soft (levelling): the last finish, in periods; the tie-breaker.</summary>
    public const string Makespan = "makespan";

    /// <summary>Medium (staffing): units of work no one is given, times the demands' weights.</summary>
    public const string UnfilledWork = "unfilled-work";

    /// <summary>Soft (staffing): the cost of the plan, in minor units times the objective's weight.</summary>
    public const string Cost = "cost";

    /// <summary>Soft (staffing): skill levels above what the work needs, summed.</summary>
    public const string OverQualification = "over-qualification";

    /// <summary>Soft (staffing): units given to people who did not prefer the project.</summary>
    public const string Preference = "preference";

    /// <summary>Soft (staffing): units given to people new to the project.</summary>
    public const string Continuity = "continuity";

    /// <summary>Gets the name of the hard term that counts a rule's violations.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The term's name, such as <c>precedence</c>.</returns>
    public static string NameOf(ViolationKind rule) =>
        rule switch
        {
            ViolationKind.Precedence => Precedence,
            ViolationKind.Capacity => Capacity,
            ViolationKind.Qualification => Qualification,
            _ => rule.ToString().ToLowerInvariant(),
        };
}
