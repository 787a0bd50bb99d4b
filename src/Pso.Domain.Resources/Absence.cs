namespace Pso.Domain.Resources;

/// <summary>Whole days on which a resource does not work.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
/// <param name="Kind">Why.</param>
public sealed record Absence(NodaTime.LocalDate Start, NodaTime.LocalDate End, AbsenceKind Kind = AbsenceKind.Holiday);
