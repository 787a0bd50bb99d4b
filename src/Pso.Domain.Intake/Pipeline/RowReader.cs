namespace Pso.Domain.Intake.Pipeline;

/// <summary>Reads one row into a record, recording errors on the row.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal abstract class RowReader<T>
    where T : class
{
    /// <summary>Reads the row: the record (null when the row cannot make one; its errors say why) and its stable
    /// key.</summary>
    internal abstract T? Read(IntakeRow row, out string key);
}
