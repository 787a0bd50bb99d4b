using System;
using NodaTime;

namespace Pso.Domain.Resources;

/// <summary>Whole days on which a resource does not work.</summary>
/// <param name="Dates">The days away, first to last.</param>
/// <param name="Kind">Why.</param>
public sealed record Absence(DateInterval Dates, AbsenceKind Kind = AbsenceKind.Holiday)
{
    /// <summary>Gets the days away, first to last.</summary>
    public DateInterval Dates { get; init; } = Dates ?? throw new ArgumentNullException(nameof(Dates));
}
