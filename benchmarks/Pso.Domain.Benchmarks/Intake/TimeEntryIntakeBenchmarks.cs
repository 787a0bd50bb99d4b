using System.IO;
using BenchmarkDotNet.Attributes;
using Pso.Domain.Benchmarks.Commands;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake;

namespace Pso.Domain.Benchmarks.Intake;

/// <summary>Reading generated time entries in our CSV schema through the intake pipeline: validation, de-duplication,
/// the rules across rows, collation and the reconciliation (the rows of the <c>intake --generate</c>
/// command).</summary>
[MemoryDiagnoser]
public class TimeEntryIntakeBenchmarks
{
    private string _text = "";

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string path = Path.GetTempFileName();
        IntakeCommand.Generate(path, Rows, seed: 1);
        _text = File.ReadAllText(path);
        File.Delete(path);
    }

    [Benchmark]
    public IntakeResult<TimeEntry> Read() => IntakeSources.TimeEntries.ReadCsv(new StringReader(_text), "bench.csv");
}
