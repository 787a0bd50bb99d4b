using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Pso.Domain.Costs;
using Pso.Domain.Intake;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>intake</c>: reads time entries in our CSV schema through the intake pipeline and reports the books and
/// the speed.</summary>
internal sealed class IntakeCommand : ICommand
{
    public string Name => "intake";

    public string Usage => "intake --generate ROWS [--seed S]";

    public string Description => "generates ROWS time entries in the CSV schema (with a few bad rows and duplicates), reads them through the intake pipeline on one thread, and prints the reconciliation, rows per second and peak memory";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, "generate", "seed");
        int count = options.Int("generate", 1_000_000);
        string path = Path.Combine(Path.GetTempPath(), $"pso-intake-{Environment.ProcessId}.csv");
        try
        {
            Generate(path, count, options.Int("seed", 1));
            long bytes = new FileInfo(path).Length;
            long start = Stopwatch.GetTimestamp();
            IntakeResult<TimeEntry> result;
            using (var reader = new StreamReader(path, Encoding.UTF8))
            {
                result = TimeEntryIntake.ReadCsv(reader, Path.GetFileName(path));
            }
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            Reconciliation books = result.Reconciliation;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"intake: {books.RowsRead} rows ({bytes / 1_048_576.0:0} MiB): {books.Accepted} accepted, {books.Rejected} rejected, {books.Duplicates} duplicates; reconciled {books.Reconciled}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seconds:0.00} s, {books.RowsRead / seconds:0} rows/s on one thread, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:0} MiB"));
            return books.Reconciled ? 0 : 1;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Time entries of 2,000 people on 200 projects over a year; one row in a thousand is bad, one in five hundred
    /// repeats an earlier id.</summary>
    private static void Generate(string path, int count, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("id,person,project,activity,date,hours,overtime,account,note");
        var day = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (int i = 0; i < count; i++)
        {
            int id = random.Next(500) == 0 && i > 0 ? random.Next(i) : i;
            string hours = random.Next(1000) == 0 ? "n/a" : (random.Next(1, 33) / 4m).ToString(CultureInfo.InvariantCulture);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"T{id},R{random.Next(2000):0000},P{random.Next(200):000},A{random.Next(50):00},{day.AddDays(random.Next(365)):yyyy-MM-dd},{hours},{(random.Next(20) == 0 ? "yes" : "no")},CA{random.Next(400):000},"));
            writer.WriteLine(random.Next(10) == 0 ? "\"client call, follow-up\"" : "");
        }
    }
}
