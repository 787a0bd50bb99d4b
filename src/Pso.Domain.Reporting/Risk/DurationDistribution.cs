namespace Pso.Domain.Reporting.Risk;

/// <summary>The distribution a <see cref="ThreePointEstimate"/> is sampled from.</summary>
public enum DurationDistribution
{
    /// <summary>The triangular distribution on the optimistic, most likely and pessimistic durations.</summary>
    Triangular,

    /// <summary>The PERT (beta) distribution: mean (O + 4M + P) / 6, weighted towards the most likely
    /// duration.</summary>
    Pert,
}
