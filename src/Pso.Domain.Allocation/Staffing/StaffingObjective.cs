namespace Pso.Domain.Allocation.Staffing;

/// <summary>
/// The weights of an assignment's soft terms, each in points per unit of work: <c>cost</c> per minor unit of money
/// (a cent), <c>over-qualification</c> per proficiency level above a demand's minimum (seniors kept for the work that
/// needs them), <c>preference</c> when a demand names preferred people and gets someone else, <c>continuity</c> when a
/// person is new to the demand's project.
/// </summary>
public sealed record StaffingObjective
{
    /// <summary>Gets the default weights: cost 1, over-qualification 100, preference 1,000, continuity 500.</summary>
    public static StaffingObjective Default { get; } = new();

    /// <summary>Gets the weight of cost, per minor unit of money; 1 by default.</summary>
    public long Cost { get; init; } = 1;

    /// <summary>Gets the weight of each proficiency level above the minimum, per unit; 100 by default.</summary>
    public long OverQualification { get; init; } = 100;

    /// <summary>Gets the weight of a unit given to someone not preferred; 1,000 by default.</summary>
    public long Preference { get; init; } = 1_000;

    /// <summary>Gets the weight of a unit given to someone new to the project; 500 by default.</summary>
    public long Continuity { get; init; } = 500;
}
