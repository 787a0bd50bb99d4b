namespace Pso.Domain.Intake.Pipeline;

/// <summary>Gives the rows of a file, one at a time, into a reused <see cref="IntakeRow"/>.</summary>
internal interface IRowFeed
{
    /// <summary>Loads the next row; false at the end.</summary>
    bool Next(IntakeRow row);
}
