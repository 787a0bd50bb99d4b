using Pso.Domain.Scheduling;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>A precedence between two activities, of any of the four link types: by default finish-to-start, the
/// successor starts no earlier than the predecessor's finish plus the lag.</summary>
/// <param name="Predecessor">The activity that comes first.</param>
/// <param name="Successor">The activity that follows.</param>
/// <param name="Lag">Periods from the predecessor's start or finish to the successor's start or finish, by
/// <see cref="Type"/>; negative for a lead. 0 by default.</param>
public sealed record Precedence(ActivityId Predecessor, ActivityId Successor, int Lag = 0)
{
    /// <summary>Gets which ends the precedence joins: finish-to-start by default, or start-to-start, finish-to-finish
    /// or start-to-finish, as in <see cref="Dependency"/>.</summary>
    public DependencyType Type { get; init; } = DependencyType.FinishToStart;

    /// <summary>Returns the fewest periods from the predecessor's start to the successor's start: every link type
    /// with its lag is this one bound on the starts, given both durations (strategies need only this).</summary>
    /// <param name="predecessorDuration">The predecessor's duration in periods.</param>
    /// <param name="successorDuration">The successor's duration in periods.</param>
    /// <returns>The least start-to-start distance; negative when the successor may start first.</returns>
    public int StartOffset(int predecessorDuration, int successorDuration) =>
        Type switch
        {
            DependencyType.StartToStart => Lag,
            DependencyType.FinishToFinish => predecessorDuration + Lag - successorDuration,
            DependencyType.StartToFinish => Lag - successorDuration,
            _ => predecessorDuration + Lag,
        };
}
