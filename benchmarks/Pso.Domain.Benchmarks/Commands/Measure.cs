using System;
using System.Diagnostics;
using System.Linq;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary>A quick timer for sub-commands: the median of several timed rounds after a warm-up, and bytes allocated.
/// BenchmarkDotNet gives the careful numbers; this gives a user an answer in seconds.</summary>
internal static class Measure
{
    public static (double MedianNanoseconds, double BytesPerOperation) Median(
        Action operation,
        int operationsPerRound,
        int rounds = 9
    )
    {
        for (int i = 0; i < operationsPerRound; i++)
        {
            operation();
        }
        double[] samples = new double[rounds];
        long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int r = 0; r < rounds; r++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < operationsPerRound; i++)
            {
                operation();
            }
            samples[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / operationsPerRound;
        }
        double bytes = (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / (double)(rounds * operationsPerRound);
        return (samples.Order().ElementAt(rounds / 2), bytes);
    }
}
