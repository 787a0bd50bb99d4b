using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting.Risk;

/// <summary>Monte Carlo schedule risk analysis: the project is scheduled by the critical path method many times over,
/// each time with every estimated activity's duration drawn from its three-point estimate, and the finish dates, the
/// critical paths and the durations drawn are gathered into percentiles (P50, P80, P90), criticality indices and
/// sensitivities.</summary>
/// <remarks>
/// <para>Iteration <c>i</c> draws from its own random source seeded by the options' seed and <c>i</c>, and sums are
/// gathered by fixed blocks of iterations added in order, so the result depends on the seed alone, not on the number
/// of threads or their timing.</para>
/// <para>The engine is stateless and thread-safe.</para>
/// </remarks>
public sealed class ScheduleRiskAnalysis
{
    private const int Block = 64;

    /// <summary>Initialises the analysis.</summary>
    /// <param name="options">The options; the defaults when null.</param>
    public ScheduleRiskAnalysis(ScheduleRiskOptions? options = null) => Options = options ?? new ScheduleRiskOptions();

    /// <summary>Gets the options.</summary>
    public ScheduleRiskOptions Options { get; }

    /// <summary>Runs the analysis.</summary>
    /// <param name="project">The project.</param>
    /// <param name="estimates">The three-point estimates by activity; activities without one keep their
    /// duration.</param>
    /// <param name="progress">Receives the number of iterations done, now and then.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An estimate names an activity the project does not have, or a
    /// milestone.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options ask for no iterations or no threads.</exception>
    /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
    /// <exception cref="Pso.Domain.Errors.NoWorkingTimeException">A sampled schedule runs past the working time of a
    /// calendar (the year 9999).</exception>
    public ScheduleRiskResult Run(
        Project project,
        IReadOnlyDictionary<ActivityId, ThreePointEstimate> estimates,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.Iterations, 1, nameof(Options.Iterations));
        ArgumentOutOfRangeException.ThrowIfLessThan(
            Options.DegreeOfParallelism,
            1,
            nameof(Options.DegreeOfParallelism)
        );
        ImmutableArray<Activity> activities = project.Activities;
        var indexOf = new Dictionary<ActivityId, int>(activities.Length);
        for (int i = 0; i < activities.Length; i++)
        {
            indexOf[activities[i].Id] = i;
        }
        var estimateOf = new ThreePointEstimate?[activities.Length];
        foreach ((ActivityId id, ThreePointEstimate estimate) in estimates)
        {
            Preconditions.CheckArgument(
                indexOf.TryGetValue(id, out int at),
                nameof(estimates),
                $"An estimate names activity '{id}', which project '{project.Id}' does not have."
            );
            Preconditions.CheckArgument(
                activities[at].Kind == ActivityKind.Task,
                nameof(estimates),
                $"Activity '{id}' is a {activities[at].Kind}; only tasks take estimates."
            );
            estimateOf[at] = estimate;
        }
        int[] milestones = Options.Milestones.IsDefaultOrEmpty
            ? [.. Enumerable.Range(0, activities.Length).Where(i => activities[i].Kind == ActivityKind.Milestone)]
            :
            [
                .. Options.Milestones.Select(m =>
                    indexOf.TryGetValue(m, out int at)
                        ? at
                        : throw new ArgumentException(
                            $"Milestone '{m}' is not an activity of project '{project.Id}'.",
                            nameof(estimates)
                        )
                ),
            ];

        var scheduler = new CpmScheduler(Options.Cpm);
        Duration[] mostLikely = [.. activities.Select((a, i) => estimateOf[i]?.MostLikely ?? a.Duration)];
        ScheduleResult deterministic = scheduler.Schedule(project.WithDurations(mostLikely), cancellationToken);

        int iterations = Options.Iterations;
        var finishes = new LocalDateTime[iterations];
        var milestoneFinishes = new LocalDateTime[milestones.Length][];
        for (int m = 0; m < milestones.Length; m++)
        {
            milestoneFinishes[m] = new LocalDateTime[iterations];
        }
        int blocks = (iterations + Block - 1) / Block;
        var sums = new BlockSums[blocks];
        int done = 0;
        LocalDateTime start = project.Start;
        try
        {
            Parallel.For(
                0,
                blocks,
                new ParallelOptions
                {
                    MaxDegreeOfParallelism = Options.DegreeOfParallelism,
                    CancellationToken = cancellationToken,
                },
                () => new Duration[activities.Length],
                (block, _, durations) =>
                {
                    var blockSums = new BlockSums(activities.Length);
                    int first = block * Block;
                    int last = Math.Min(iterations, first + Block);
                    for (int iteration = first; iteration < last; iteration++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var random = new Random(SeedOf(Options.Seed, iteration));
                        for (int a = 0; a < durations.Length; a++)
                        {
                            durations[a] = estimateOf[a]?.Sample(Options.Distribution, random)
                                ?? activities[a].Duration;
                        }
                        ScheduleResult schedule = scheduler.Schedule(
                            project.WithDurations(durations),
                            cancellationToken
                        );
                        finishes[iteration] = schedule.Finish;
                        for (int m = 0; m < milestones.Length; m++)
                        {
                            milestoneFinishes[m][iteration] = schedule.Activities[milestones[m]].Finish;
                        }
                        blockSums.Add(
                            durations,
                            Moments.Between(start, schedule.Finish).TotalHours,
                            schedule.CriticalPath,
                            indexOf
                        );
                    }
                    sums[block] = blockSums;
                    int now = Interlocked.Add(ref done, last - first);
                    progress?.Report(now);
                    return durations;
                },
                _ => { }
            );
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The parallel loop is how the work is done, not what went wrong: the first iteration's own error is thrown
            // (a NoWorkingTimeException when a sampled schedule runs past the calendar, say).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            throw;
        }

        var total = new BlockSums(activities.Length);
        foreach (BlockSums blockSums in sums)
        {
            total.Add(blockSums);
        }
        Array.Sort(finishes);
        var risks = ImmutableArray.CreateBuilder<ActivityRisk>(activities.Length);
        for (int a = 0; a < activities.Length; a++)
        {
            risks.Add(
                new ActivityRisk(
                    activities[a].Id,
                    (decimal)total.Critical[a] / iterations,
                    total.Correlation(a, iterations),
                    Duration.FromHours(total.X[a] / iterations)
                )
            );
        }
        var milestoneResults = ImmutableArray.CreateBuilder<FinishDistribution>(milestones.Length);
        for (int m = 0; m < milestones.Length; m++)
        {
            Array.Sort(milestoneFinishes[m]);
            milestoneResults.Add(
                new FinishDistribution(
                    activities[milestones[m]].Id,
                    deterministic.Activities[milestones[m]].Finish,
                    [.. milestoneFinishes[m]]
                )
            );
        }
        return new ScheduleRiskResult(
            project.Id,
            iterations,
            Options.Seed,
            Options.Distribution,
            new FinishDistribution(null, deterministic.Finish, [.. finishes]),
            milestoneResults.MoveToImmutable(),
            risks.MoveToImmutable()
        );
    }

    private static int SeedOf(int seed, int iteration)
    {
        unchecked
        {
            ulong z = ((ulong)(uint)seed << 32) + (ulong)iteration + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)(z ^ (z >> 31));
        }
    }

    /// <summary>Sums over a block of iterations: of each activity's duration (hours), its square and its product with
    /// the finish, of the finish and its square, and how often each activity was critical.</summary>
    private sealed class BlockSums(int activities)
    {
        internal readonly double[] X = new double[activities];
        internal readonly double[] XX = new double[activities];
        internal readonly double[] XY = new double[activities];
        internal readonly int[] Critical = new int[activities];
        internal double Y;
        internal double YY;

        internal void Add(
            Duration[] durations,
            double finish,
            ImmutableArray<ActivityId> criticalPath,
            Dictionary<ActivityId, int> indexOf
        )
        {
            Y += finish;
            YY += finish * finish;
            for (int a = 0; a < durations.Length; a++)
            {
                double x = durations[a].TotalHours;
                X[a] += x;
                XX[a] += x * x;
                XY[a] += x * finish;
            }
            foreach (ActivityId id in criticalPath)
            {
                Critical[indexOf[id]]++;
            }
        }

        internal void Add(BlockSums other)
        {
            Y += other.Y;
            YY += other.YY;
            for (int a = 0; a < X.Length; a++)
            {
                X[a] += other.X[a];
                XX[a] += other.XX[a];
                XY[a] += other.XY[a];
                Critical[a] += other.Critical[a];
            }
        }

        internal double Correlation(int a, int n)
        {
            double varianceX = (n * XX[a]) - (X[a] * X[a]);
            double varianceY = (n * YY) - (Y * Y);
            double scale = Math.Sqrt(varianceX * varianceY);
            if (varianceX <= 1e-9 * Math.Max(1, n * XX[a]) || varianceY <= 1e-9 * Math.Max(1, n * YY) || scale == 0)
            {
                return 0;
            }
            return Math.Clamp(((n * XY[a]) - (X[a] * Y)) / scale, -1, 1);
        }
    }
}
