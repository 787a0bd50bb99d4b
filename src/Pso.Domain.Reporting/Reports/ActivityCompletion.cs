using NodaTime;

namespace Pso.Domain.Reporting.Reports;

/// <summary>One activity against its baseline.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsMilestone">Whether it is a milestone.</param>
/// <param name="State">Where it stands.</param>
/// <param name="BaselineFinish">Its baseline finish, if it has one.</param>
/// <param name="Finish">Its actual finish, or its forecast finish when not finished.</param>
/// <param name="FinishVariance">Finish minus baseline finish (positive when late); zero without a baseline.</param>
public sealed record ActivityCompletion(
    ActivityId Activity,
    string Name,
    bool IsMilestone,
    CompletionState State,
    LocalDateTime? BaselineFinish,
    LocalDateTime Finish,
    Duration FinishVariance
);
