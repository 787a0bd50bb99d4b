using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>intake</c>: reads time entries in our CSV schema through the intake pipeline and reports the books and
/// the speed.</summary>
internal sealed class IntakeCommand : ICommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "intake";

    public string Usage =>
        "intake --files DIR [--source NAME|auto] [--json FILE] [--currency CODE] [--project ID] [--account ID] "
        + "[--date-order dmy|mdy] [--culture NAME] | intake --generate ROWS [--seed S] [--stream true] [--warmup "
        + "ROWS] [--runs N]";

    public string Description =>
        "--files: ingests every file under DIR (CSV or JSON, any source), prints a line per file and a summary, and "
        + "writes the books as JSON; --generate: generates ROWS time entries in the CSV schema (with a few bad rows "
        + "and duplicates), reads them on one thread after a warm-up file of --warmup rows (200,000; 0 for "
        + "none), --runs times (3; the machine's speed drifts, so the median is printed too), and prints "
        + "the reconciliation, rows per second and peak memory";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(
            args,
            "generate",
            "warmup",
            "runs",
            "seed",
            "stream",
            "files",
            "source",
            "json",
            "currency",
            "date-order",
            "culture",
            "project",
            "account"
        );
        if (options.Text("files") is string directory)
        {
            return Files(directory, options);
        }
        int count = options.Int("generate", 1_000_000);
        int warmup = options.Int("warmup", 200_000);
        bool stream = options.Text("stream") is "true" or "yes";
        string path = Path.Combine(Path.GetTempPath(), $"pso-intake-{Environment.ProcessId}.csv");
        try
        {
            if (warmup > 0)
            {
                // A first, smaller file compiles the code paths (as BenchmarkDotNet's warm-up does), so that the
                // measured
                // run times the pipeline rather than the JIT; the cold time is printed too.
                Generate(path, warmup, options.Int("seed", 1) + 1);
                (Reconciliation cold, _, double coldSeconds) = Ingest(path, stream);
                Console.WriteLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"warm-up: {cold.RowsRead} rows in {coldSeconds:0.00} s ({cold.RowsRead / coldSeconds:0} "
                    ) + string.Create(CultureInfo.InvariantCulture, $"rows/s, cold: includes compiling the code)")
                );
                GC.Collect();
            }
            Generate(path, count, options.Int("seed", 1));
            long bytes = new FileInfo(path).Length;
            int runs = Math.Max(1, options.Int("runs", 3));
            var times = new List<double>();
            bool reconciled = true;
            for (int run = 0; run < runs; run++)
            {
                (Reconciliation books, IDictionary<string, long> codes, double seconds) = Ingest(path, stream);
                times.Add(seconds);
                reconciled &= books.Reconciled;
                if (run == 0)
                {
                    Console.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"intake{(stream ? " (streaming)" : "")}: {books.RowsRead} rows ({bytes / 1_048_576.0:0} "
                        )
                            + string.Create(
                                CultureInfo.InvariantCulture,
                                $"MiB): {books.RowsAccepted} accepted, {books.RowsRejected} rejected, {books.RowsDuplicate} "
                            )
                            + string.Create(CultureInfo.InvariantCulture, $"duplicates; reconciled {books.Reconciled}")
                    );
                    Console.WriteLine(
                        "errors: "
                            + string.Join(
                                ", ",
                                codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")
                            )
                    );
                }
                Console.WriteLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"run {run + 1}: {seconds:0.00} s, {books.RowsRead / seconds:0} rows/s on one thread, peak "
                    )
                        + string.Create(
                            CultureInfo.InvariantCulture,
                            $"working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:0} MiB"
                        )
                );
            }
            double median = times.Order().ElementAt(times.Count / 2);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"median of {runs}: {median:0.00} s, {count / median:0} rows/s on one thread; peak working set "
                )
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:0} MiB"
                    )
            );
            return reconciled ? 0 : 1;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Reads a generated file, streamed or whole, and times it.</summary>
    private static (Reconciliation Books, IDictionary<string, long> Codes, double Seconds) Ingest(
        string path,
        bool stream
    )
    {
        long start = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(path, Encoding.UTF8);
        if (stream)
        {
            var sink = new CountingSink();
            Reconciliation streamed = IntakeSources.TimeEntries.Stream(reader, Path.GetFileName(path), sink);
            return (streamed, sink.Codes, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        IntakeResult<TimeEntry> result = TimeEntryIntake.ReadCsv(reader, Path.GetFileName(path));
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return (
            result.Reconciliation,
            result
                .Rejected.SelectMany(r => r.Errors)
                .GroupBy(e => e.Code)
                .ToDictionary(g => g.Key, g => (long)g.Count()),
            seconds
        );
    }

    /// <summary>Counts accepted entries and the codes of rejected rows, as a host writing them on would.</summary>
    private sealed class CountingSink : IIntakeSink<TimeEntry>
    {
        internal long Accepted { get; private set; }

        internal SortedDictionary<string, long> Codes { get; } = new(StringComparer.Ordinal);

        public void Accept(TimeEntry record) => Accepted++;

        public void Reject(RejectedRow row)
        {
            foreach (Errors.ValidationError error in row.Errors)
            {
                Codes[error.Code] = Codes.GetValueOrDefault(error.Code) + 1;
            }
        }
    }

    /// <summary>Ingests every file of a directory and writes the books.</summary>
    private static int Files(string directory, CommandLine options)
    {
        if (!Directory.Exists(directory))
        {
            throw new ArgumentException($"there is no directory '{directory}'.");
        }
        string name = options.Text("source") ?? "auto";
        IntakeSource? source =
            name == "auto"
                ? null
                : IntakeSources.Find(name)
                    ?? throw new ArgumentException(
                        $"there is no source '{name}'; the sources are "
                            + $"{string.Join(", ", IntakeSources.All.Select(s => s.Name))}."
                    );
        var intake = new IntakeOptions
        {
            Currency = options.Text("currency") is string currency ? Currency.FromCode(currency) : null,
            DateOrder = options.Text("date-order") switch
            {
                null => DateOrder.Unspecified,
                "dmy" => DateOrder.DayMonthYear,
                "mdy" => DateOrder.MonthDayYear,
                string other => throw new ArgumentException($"--date-order is dmy or mdy, not '{other}'."),
            },
            Culture = options.Text("culture") is string culture ? CultureInfo.GetCultureInfo(culture) : null,
            Project = options.Text("project") is string project ? new ProjectId(project) : null,
            Account = options.Text("account") is string account ? new CostAccountId(account) : null,
        };
        string[] files =
        [
            .. Directory
                .EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".csv" or ".json" or ".txt" or ".tsv")
                .Order(StringComparer.Ordinal),
        ];
        var perFile = new List<object>();
        var errorsByCode = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long rows = 0,
            accepted = 0,
            rejected = 0,
            duplicates = 0;
        bool reconciled = true;
        long start = Stopwatch.GetTimestamp();
        foreach (string file in files)
        {
            IntakeResult result = IntakeReader.ReadFile(file, source, intake);
            Reconciliation books = result.Reconciliation;
            rows += books.RowsRead;
            accepted += books.RowsAccepted;
            rejected += books.RowsRejected;
            duplicates += books.RowsDuplicate;
            reconciled &= books.Reconciled;
            foreach (
                string code in result
                    .Rejected.SelectMany(r => r.Errors)
                    .Select(e => e.Code)
                    .Concat(result.Warnings.Select(w => w.Code))
            )
            {
                errorsByCode[code] = errorsByCode.GetValueOrDefault(code) + 1;
            }
            string relative = Path.GetRelativePath(directory, file);
            string totals = string.Join(
                ", ",
                books.Totals.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Measure} {t.Read}"))
            );
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{relative, -52} {result.Source?.Name ?? "unknown", -17} {books.RowsRead, 5} read "
                )
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"{books.RowsAccepted, 5} accepted {books.RowsRejected, 5} rejected {books.RowsDuplicate, 3} duplicates "
                    )
                    + string.Create(CultureInfo.InvariantCulture, $"{result.Skipped.Length, 4} skipped  ")
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"{(books.Reconciled ? "reconciled" : "NOT RECONCILED")}"
                    )
                    + string.Create(CultureInfo.InvariantCulture, $"{(totals.Length > 0 ? "  " + totals : "")}")
            );
            foreach (string first in result.Rejected.Take(2).Select(r => r.Errors[0].Message))
            {
                Console.WriteLine($"    {(first.Length > 160 ? first[..160] + "…" : first)}");
            }
            perFile.Add(
                new
                {
                    file = relative,
                    source = result.Source?.Name,
                    rowsRead = books.RowsRead,
                    accepted = books.RowsAccepted,
                    rejected = books.RowsRejected,
                    duplicates = books.RowsDuplicate,
                    skipped = result.Skipped.Length,
                    reconciled = books.Reconciled,
                    totals = books.Totals.Select(t => new
                    {
                        measure = t.Measure,
                        read = t.Read,
                        accepted = t.Accepted,
                        rejected = t.Rejected,
                        duplicates = t.Duplicates,
                    }),
                }
            );
        }
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"intake: {files.Length} files, {rows} rows read = {accepted} accepted + {rejected} rejected + "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{duplicates} duplicates; reconciled: {(reconciled ? "true" : "false")}; "
                )
                + string.Create(CultureInfo.InvariantCulture, $"{rows / Math.Max(seconds, 1e-9):0} rows/s")
        );
        if (options.Text("json") is string json)
        {
            var report = new
            {
                files = perFile,
                rowsRead = rows,
                accepted,
                rejected,
                duplicates,
                reconciled,
                errorsByCode,
                rowsPerSecond = Math.Round(rows / Math.Max(seconds, 1e-9)),
            };
            File.WriteAllText(json, JsonSerializer.Serialize(report, Indented));
        }
        return reconciled ? 0 : 1;
    }

    private static readonly string[] Verbs =
    [
        "Reviewed",
        "Drafted",
        "Updated",
        "Tested",
        "Prepared",
        "Fixed",
        "Planned",
        "Discussed",
        "Documented",
        "Migrated",
    ];

    private static readonly string[] Things =
    [
        "the sprint backlog",
        "invoice batch 14",
        "the client workshop slides",
        "API error handling",
        "the data migration scripts",
        "release notes",
        "the risk register",
        "supplier contract terms",
        "onboarding checklist",
        "the Q3 forecast",
    ];

    /// <summary>A note as people write them: empty in one row in five, otherwise one or two clauses (one in ten quoted,
    /// with a comma), so that a row is about a hundred bytes.</summary>
    private static string Note(Random random)
    {
        int pick = random.Next(10);
        if (pick < 2)
        {
            return "";
        }
        string first = $"{Verbs[random.Next(Verbs.Length)]} {Things[random.Next(Things.Length)]}";
        string second = $"{Verbs[random.Next(Verbs.Length)].ToLowerInvariant()} {Things[random.Next(Things.Length)]}";
        return pick == 2 ? $"\"{first}, then {second}\""
            : pick < 6 ? $"{first} and {second}"
            : $"{first}; ticket {random.Next(10_000, 99_999)} {second}";
    }

    /// <summary>Time entries of 2,000 people (one more per 500 rows beyond a million) on 200 projects over a year; one
    /// row in a thousand is bad, one in five hundred
    /// repeats an earlier id; with their notes the rows average about a hundred bytes.</summary>
    internal static void Generate(string path, int count, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("id,person,project,activity,date,hours,overtime,account,note");
        var day = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        int people = Math.Max(2000, count / 500);
        for (int i = 0; i < count; i++)
        {
            int id = random.Next(500) == 0 && i > 0 ? random.Next(i) : i;
            string hours =
                random.Next(1000) == 0 ? "n/a" : (random.Next(1, 33) / 4m).ToString(CultureInfo.InvariantCulture);
            writer.Write(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"T{id},R{random.Next(people):0000},P{random.Next(200):000},A{random.Next(50):00},"
                )
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"{day.AddDays(random.Next(365)):yyyy-MM-dd},{hours},{(random.Next(20) == 0 ? "yes" : "no")},CA"
                    )
                    + string.Create(CultureInfo.InvariantCulture, $"{random.Next(400):000},")
            );
            writer.WriteLine(Note(random));
        }
    }
}
