using System.Collections.Generic;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>A record laid out as rows of our own schema: the columns, and for each row its cells (null for an empty
/// cell) with whether each is a number. CSV and JSON writers share it, so both read back through the same
/// source.</summary>
internal sealed record SchemaRows(string[] Columns, bool[] Numeric, IEnumerable<string?[]> Rows);
