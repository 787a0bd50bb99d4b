using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Allocation;

/// <summary>One named term of an objective and what it contributes.</summary>
/// <param name="Name">The term's name, one of <see cref="ScoreTerms"/>, such as <c>cost</c>.</param>
/// <param name="Level">The level it counts at.</param>
/// <param name="Value">The term's measure in its own unit (money, periods, units of work).</param>
/// <param name="Penalty">What it adds to its level: the measure times the term's weight, in whole points.</param>
public sealed record ScoreTerm(string Name, ScoreLevel Level, decimal Value, long Penalty)
{
    /// <summary>The hard term of a checker's rule: how many of the violations break it.</summary>
    internal static ScoreTerm Broken(ViolationKind rule, ImmutableArray<ScheduleViolation> violations)
    {
        int count = violations.Count(v => v.Kind == rule);
        return new ScoreTerm(ScoreTerms.NameOf(rule), ScoreLevel.Hard, count, count);
    }
}
