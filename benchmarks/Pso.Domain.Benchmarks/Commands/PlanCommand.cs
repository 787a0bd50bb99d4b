using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Benchmarks.Allocation;
using Pso.Domain.Resources;
using Pso.Domain.Testing;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>plan</c>: seeded portfolios in the PSO's shape planned in dates, optionally beside TaskJuggler.</summary>
internal sealed class PlanCommand : ICommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "plan";

    public string Usage =>
        "plan [--projects P] [--activities A] [--people N] [--months M] [--seed S] [--count C] [--schedules B] "
        + "[--seconds T] [--threads T] [--compare tj3] [--json FILE]";

    public string Description =>
        "plans C seeded portfolios (P projects x A activities, N people, M months) on the people's calendars, leave "
        + "and bookings: prints finish, weighted lateness, staffed hours, over-allocated person-days (by the plan "
        + "checker), time and memory; with --compare tj3, the same for TaskJuggler's plan of the same portfolio";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(
            args,
            "projects",
            "activities",
            "people",
            "months",
            "seed",
            "count",
            "schedules",
            "seconds",
            "threads",
            "compare",
            "json"
        );
        var shape = new PortfolioShape(
            options.Int("projects", 10),
            options.Int("activities", 40),
            options.Int("people", 30),
            options.Int("months", 6)
        );
        int seed = options.Int("seed", 1);
        int count = options.Int("count", 1);
        string? compare = options.Text("compare");
        if (compare is not null and not "tj3")
        {
            throw new ArgumentException($"--compare takes tj3, not '{compare}'.");
        }
        int seconds = options.Int("seconds", 0);
        var planning = PlanningOptions.Default with
        {
            Calendar = PortfolioGenerator.Office,
            HorizonDays = Math.Max(730, shape.Months * 60),
            Solver = SolverOptions.Default with
            {
                ScheduleBudget = options.Int("schedules", 5_000),
                TimeLimit = seconds > 0 ? TimeSpan.FromSeconds(seconds) : null,
                DegreeOfParallelism = Math.Max(1, options.Int("threads", 1)),
            },
        };
        var planner = new PortfolioPlanner();
        planner.Plan(PortfolioGenerator.Generate(new PortfolioShape(2, 5, 4, 1), seed + 1_000), planning); // warm-up
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"plan: {count} portfolio(s) of {shape.Projects} projects x {shape.Activities} activities, "
                    + $"{shape.People} people, {shape.Months} months, seeds {seed}..{seed + count - 1}, "
                    + $"{planning.Solver.ScheduleBudget} schedules{(seconds > 0 ? $" or {seconds} s" : "")}, "
                    + $"{planning.Solver.DegreeOfParallelism} thread(s), {Environment.ProcessorCount} cores"
            )
        );
        var rows = new List<Dictionary<string, object?>>();
        var ratios = new List<double>();
        for (int s = seed; s < seed + count; s++)
        {
            Portfolio portfolio = PortfolioGenerator.Generate(shape, s);
            GC.Collect();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            long started = Stopwatch.GetTimestamp();
            PortfolioPlan plan = planner.Plan(portfolio, planning);
            double elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            double mebibytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0;
            var ours = Metrics(portfolio, plan.Activities, plan.Bookings, planning, elapsed);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"seed {s}: ours {Describe(ours)}; {plan.Activities.Length} activities, {plan.Bookings.Length} "
                        + $"bookings, {plan.Shortfalls.Length} shortfalls, {plan.Schedules} schedules, "
                        + $"{mebibytes:0} MiB allocated, peak working set "
                        + $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:0} MiB"
                )
            );
            var row = new Dictionary<string, object?> { ["seed"] = s, ["ours"] = ours.Json };
            if (compare is not null)
            {
                string directory = Path.Combine(Path.GetTempPath(), $"pso-tj3-{Environment.ProcessId}-{s}");
                string tjp = TaskJuggler.Write(portfolio, shape.Months);
                List<PlannedActivity> activities;
                List<Booking> bookings;
                double tj;
                try
                {
                    (activities, bookings, tj) = TaskJuggler.Run(portfolio, tjp, directory);
                }
                catch (InvalidOperationException e)
                {
                    // tj3 stops on start-to-start gaps it cannot meet: plan again without them, and let the checker
                    // count the links its plan then breaks.
                    Console.WriteLine($"seed {s}: tj3  {e.Message}; again without start-to-start gaps");
                    row["taskJugglerError"] = e.Message;
                    try
                    {
                        (activities, bookings, tj) = TaskJuggler.Run(
                            portfolio,
                            TaskJuggler.Write(portfolio, shape.Months, startLinks: false),
                            directory + "-fs"
                        );
                    }
                    catch (InvalidOperationException again)
                    {
                        Console.WriteLine($"seed {s}: tj3  {again.Message} (files in {directory}-fs)");
                        row["taskJuggler"] = null;
                        rows.Add(row);
                        continue;
                    }
                }
                var theirs = Metrics(portfolio, activities, bookings, planning, tj);
                var violations = PlanChecker.CheckExternalPlan(portfolio, activities, bookings, planning);
                string kinds = string.Join(", ", violations.GroupBy(v => v.Code).Select(g => $"{g.Key} {g.Count()}"));
                Console.WriteLine(
                    $"seed {s}: tj3  {Describe(theirs)}; checker: {violations.Length} violations ({kinds}); files in "
                        + directory
                );
                row["taskJuggler"] = theirs.Json;
                row["taskJugglerViolations"] = violations.GroupBy(v => v.Code).ToDictionary(g => g.Key, g => g.Count());
                ratios.Add(ours.FinishDays / (double)Math.Max(1, theirs.FinishDays));
            }
            rows.Add(row);
        }
        double? meanRatio = ratios.Count > 0 ? ratios.Average() : null;
        if (meanRatio is double mean)
        {
            var compared = rows.Where(r => r["taskJuggler"] is not null).ToList();
            var oursAll = compared.Select(r => (Dictionary<string, object>)r["ours"]!).ToList();
            var theirsAll = compared.Select(r => (Dictionary<string, object>)r["taskJuggler"]!).ToList();
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"mean: ours finish {oursAll.Average(o => (int)o["finishDays"]):0.0} d, lateness "
                        + $"{oursAll.Average(o => (decimal)o["weightedLatenessDays"]):0.0}, "
                        + $"{oursAll.Average(o => (decimal)o["staffedHours"]):0} h, "
                        + $"{oursAll.Average(o => (double)o["seconds"]):0.00} s; tj3 finish "
                        + $"{theirsAll.Average(o => (int)o["finishDays"]):0.0} d, lateness "
                        + $"{theirsAll.Average(o => (decimal)o["weightedLatenessDays"]):0.0}, "
                        + $"{theirsAll.Average(o => (decimal)o["staffedHours"]):0} h, "
                        + $"{theirsAll.Average(o => (double)o["seconds"]):0.00} s; finish ratio ours/tj3 {mean:0.000}"
                )
            );
            int worseFinish = oursAll
                .Zip(theirsAll)
                .Count(p => (int)p.First["finishDays"] > (int)p.Second["finishDays"]);
            int worseLateness = oursAll
                .Zip(theirsAll)
                .Count(p => (decimal)p.First["weightedLatenessDays"] > (decimal)p.Second["weightedLatenessDays"]);
            Console.WriteLine(
                $"compared {compared.Count} of {rows.Count}; portfolios where ours is worse: finish {worseFinish}, "
                    + $"weighted lateness {worseLateness}; ours over-allocated person-days "
                    + rows.Sum(r => (int)((Dictionary<string, object>)r["ours"]!)["overAllocations"])
            );
        }
        if (options.Text("json") is string json)
        {
            File.WriteAllText(
                json,
                JsonSerializer.Serialize(
                    new Dictionary<string, object?>
                    {
                        ["portfolios"] = rows,
                        ["meanFinishRatio"] = meanRatio,
                        ["oursOverAllocations"] = rows.Sum(r =>
                            (int)((Dictionary<string, object>)r["ours"]!)["overAllocations"]
                        ),
                    },
                    Indented
                )
            );
            Console.WriteLine($"written: {json}");
        }
        return 0;
    }

    private static string Describe(Measures m) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"finish {m.FinishDays} d, weighted lateness {m.WeightedLateness:0.#}, staffed {m.StaffedHours:0} h, "
                + $"over-allocated {m.OverAllocations} person-days, {m.Seconds:0.000} s"
        );

    private sealed record Measures(
        int FinishDays,
        decimal WeightedLateness,
        decimal StaffedHours,
        int OverAllocations,
        double Seconds
    )
    {
        public Dictionary<string, object> Json =>
            new()
            {
                ["finishDays"] = FinishDays,
                ["weightedLatenessDays"] = WeightedLateness,
                ["staffedHours"] = StaffedHours,
                ["overAllocations"] = OverAllocations,
                ["seconds"] = Math.Round(Seconds, 3),
            };
    }

    /// <summary>Measures a plan, ours or another tool's, the same way: working days of the office calendar from the
    /// status date to the last finish; the sum over projects of working days late against the deadline times
    /// priority / 100; the hours booked; the person-days the plan checker finds over capacity.</summary>
    private static Measures Metrics(
        Portfolio portfolio,
        IReadOnlyCollection<PlannedActivity> activities,
        IReadOnlyCollection<Booking> bookings,
        PlanningOptions options,
        double seconds
    )
    {
        var office = PortfolioGenerator.Office;
        LocalDate status = portfolio.StatusDate;
        int Days(LocalDate from, LocalDate to) => to < from ? 0 : office.WorkingDays(new DateInterval(from, to));
        LocalDateTime last = activities.Max(a => a.Finish);
        decimal lateness = 0m;
        foreach (PortfolioProject project in portfolio.Projects)
        {
            LocalDateTime finish = activities.Where(a => a.Activity.Project == project.Id).Max(a => a.Finish);
            if (project.Deadline is LocalDateTime due && finish > due)
            {
                lateness += Math.Max(1, Days(due.Date.PlusDays(1), finish.Date)) * project.Priority / 100m;
            }
        }
        decimal hours = bookings.SelectMany(b => b.ExplicitWork).Sum(w => w.Hours);
        int over = PlanChecker.OverAllocatedDays(portfolio, activities, bookings, options);
        return new Measures(Days(status, last.Date), lateness, hours, over, seconds);
    }
}
