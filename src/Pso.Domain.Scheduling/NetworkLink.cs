using NodaTime;

namespace Pso.Domain.Scheduling;

/// <summary>One end of a dependency, as seen from the other activity.</summary>
internal readonly struct NetworkLink
{
    internal NetworkLink(int other, int dependency, Dependency link)
    {
        Other = other;
        Dependency = dependency;
        FromFinish = link.Type is DependencyType.FinishToStart or DependencyType.FinishToFinish;
        ToStart = link.Type is DependencyType.FinishToStart or DependencyType.StartToStart;
        Lag lag = link.Lag;
        Shape = lag.Kind switch
        {
            LagKind.PercentOfPredecessor => LagShape.Percent,
            LagKind.WorkingTime
                when lag.Time.BclCompatibleTicks * NodaConstants.NanosecondsPerTick == lag.Time.ToInt64Nanoseconds() =>
                LagShape.Working,
            _ => LagShape.Moment,
        };
        LagTicks = Shape == LagShape.Working ? lag.Time.BclCompatibleTicks : 0;
    }

    /// <summary>Gets the activity at the other end.</summary>
    internal int Other { get; }

    /// <summary>Gets the index of the dependency in <see cref="Project.Dependencies"/>.</summary>
    internal int Dependency { get; }

    /// <summary>Gets whether the predecessor's finish (FS, FF) rather than its start (SS, SF) drives the
    /// link.</summary>
    internal bool FromFinish { get; }

    /// <summary>Gets whether the link bounds the successor's start (FS, SS) rather than its finish (FF, SF).</summary>
    internal bool ToStart { get; }

    /// <summary>Gets how the lag is counted on a working-time line.</summary>
    internal LagShape Shape { get; }

    /// <summary>Gets the lag in whole working ticks when <see cref="Shape"/> is <see
    /// cref="LagShape.Working"/>.</summary>
    internal long LagTicks { get; }
}
