namespace Pso.Domain.Resources;

/// <summary>Whether a booking or demand is agreed.</summary>
public enum CommitmentStatus
{
    /// <summary>Agreed.</summary>
    Confirmed = 0,

    /// <summary>Pencilled in.</summary>
    Tentative = 1,
}
