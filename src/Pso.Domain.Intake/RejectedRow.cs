using System.Collections.Immutable;
using Pso.Domain.Errors;

namespace Pso.Domain.Intake;

/// <summary>A row that was not accepted, verbatim, with every reason.</summary>
/// <param name="Row">The row.</param>
/// <param name="Errors">Why, each with its file, line, column, field and stable code.</param>
public sealed record RejectedRow(SourceRow Row, ImmutableArray<ValidationError> Errors);
