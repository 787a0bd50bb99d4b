using NodaTime;

namespace Pso.Domain.Costs.Procurement;

/// <summary>Goods or services received (or accepted) against a commitment line.</summary>
/// <param name="Commitment">The commitment.</param>
/// <param name="Line">The commitment line.</param>
/// <param name="Date">The day of receipt or acceptance.</param>
/// <param name="Quantity">How many.</param>
public sealed record Receipt(CommitmentId Commitment, int Line, LocalDate Date, decimal Quantity);
