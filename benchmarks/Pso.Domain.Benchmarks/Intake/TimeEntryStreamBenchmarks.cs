using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Pso.Domain.Benchmarks.Commands;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake;

namespace Pso.Domain.Benchmarks.Intake;

/// <summary>Streaming a million generated time entries in our CSV schema from a file through the intake pipeline to a
/// sink that counts them: validation, de-duplication, the rules across rows through the spill file, and the
/// reconciliation (the <c>intake --generate 1000000 --stream true</c> run, measured warm).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class TimeEntryStreamBenchmarks
{
    private string _path = "";

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.GetTempFileName();
        IntakeCommand.Generate(_path, Rows, seed: 1);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public long Stream()
    {
        using var reader = new StreamReader(_path, Encoding.UTF8);
        var sink = new CountingSink();
        Reconciliation books = IntakeSources.TimeEntries.Stream(reader, "bench.csv", sink);
        return books.Reconciled ? sink.Accepted : -1;
    }

    /// <summary>Counts what it is handed, as a host writing it on would touch it.</summary>
    private sealed class CountingSink : IIntakeSink<TimeEntry>
    {
        internal long Accepted { get; private set; }

        internal long Rejected { get; private set; }

        public void Accept(TimeEntry record) => Accepted++;

        public void Reject(RejectedRow row) => Rejected++;
    }
}
