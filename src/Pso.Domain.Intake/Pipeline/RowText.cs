namespace Pso.Domain.Intake.Pipeline;

/// <summary>Where a row's text is kept in a <see cref="RowTextStore"/>.</summary>
/// <param name="Chunk">The chunk.</param>
/// <param name="Offset">The offset in the chunk.</param>
/// <param name="Length">The length.</param>
internal readonly record struct RowText(int Chunk, int Offset, int Length);
