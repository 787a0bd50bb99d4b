namespace Pso.Domain.Intake.Pipeline;

/// <summary>Reads a row with a delegate.</summary>
internal sealed class DelegateReader<T>(DelegateReader<T>.ReadRow read) : RowReader<T>
    where T : class
{
    internal delegate T? ReadRow(IntakeRow row, out string key);

    internal override T? Read(IntakeRow row, out string key) => read(row, out key);
}
