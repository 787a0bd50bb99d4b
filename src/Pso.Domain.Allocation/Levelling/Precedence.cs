namespace Pso.Domain.Allocation.Levelling;

/// <summary>A finish-to-start precedence: the successor starts no earlier than the predecessor's finish plus the
/// lag.</summary>
/// <param name="Predecessor">The activity that comes first.</param>
/// <param name="Successor">The activity that follows.</param>
/// <param name="Lag">Periods between them; 0 by default.</param>
public sealed record Precedence(ActivityId Predecessor, ActivityId Successor, int Lag = 0);
