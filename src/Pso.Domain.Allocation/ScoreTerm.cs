namespace Pso.Domain.Allocation;

/// <summary>One named term of an objective and what it contributes.</summary>
/// <param name="Name">The term's name, such as <c>cost</c> or <c>unassigned-work</c>.</param>
/// <param name="Level">The level it counts at.</param>
/// <param name="Value">The term's measure in its own unit (money, periods, units of work).</param>
/// <param name="Penalty">What it adds to its level: the measure times the term's weight, in whole points.</param>
public sealed record ScoreTerm(string Name, ScoreLevel Level, decimal Value, long Penalty);
