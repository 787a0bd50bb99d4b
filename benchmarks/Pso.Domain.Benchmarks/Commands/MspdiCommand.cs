using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.MsProject;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>mspdi</c>: reschedules Microsoft Project XML files with our engine and compares with Microsoft Project's
/// own early start, early finish and total float, to the minute.</summary>
internal sealed class MspdiCommand : ICommand
{
    public string Name => "mspdi";

    public string Usage => "mspdi --files DIR [--json FILE] | mspdi --generate N [--seed S]";

    public string Description =>
        "share of activities whose early start, early finish and total float agree with Microsoft Project's to the "
        + "minute, per file and overall; or, with --generate, the time to read a written random network of N "
        + "activities";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, "files", "json", "generate", "seed");
        if (options.Int("generate", 0) is int generate and > 0)
        {
            return ReadTiming(generate, options.Int("seed", 1));
        }
        string directory = options.Text("files") ?? throw new ArgumentException("--files is required.");
        if (!Directory.Exists(directory))
        {
            throw new ArgumentException($"--files: no folder '{directory}'.");
        }
        var reader = new MspdiReader();
        var scheduler = new CpmScheduler();
        var files = new JsonArray();
        int total = 0;
        int agreeing = 0;
        int strictlyAgreeing = 0;
        int staleTotal = 0;
        foreach (string path in Directory.GetFiles(directory, "*.xml").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            var disagreements = new JsonArray();
            int activities = 0;
            int agree = 0;
            int stale = 0;
            int strict = 0;
            string? error = null;
            try
            {
                MspdiFile file = reader.Read(path);
                ScheduleResult result = scheduler.Schedule(file.Project);
                var withSuccessors = file.Project.Dependencies.Select(d => d.Predecessor).ToHashSet();
                foreach (Activity activity in file.Project.Activities.Where(a => a.Kind != ActivityKind.Summary))
                {
                    activities++;
                    MsProjectDates theirs = file.SavedDates[activity.Id];
                    ActivitySchedule ours = result[activity.Id];
                    bool staleLateDates = StaleLateDates(file, activity, theirs, withSuccessors.Contains(activity.Id));
                    bool early =
                        Compare(disagreements, activity, "earlyStart", ours.EarlyStart, theirs.EarlyStart)
                        & Compare(disagreements, activity, "earlyFinish", ours.EarlyFinish, theirs.EarlyFinish);
                    bool slack = CompareFloat(
                        disagreements,
                        activity,
                        ours.TotalFloat,
                        theirs.TotalSlack,
                        staleLateDates
                    );
                    stale += staleLateDates ? 1 : 0;
                    agree += early && (slack || staleLateDates) ? 1 : 0;
                    strict += early && slack ? 1 : 0;
                }
            }
            catch (Exception e) when (e is PsoDomainException or IOException)
            {
                error = e.Message;
            }
            total += activities;
            agreeing += agree;
            strictlyAgreeing += strict;
            staleTotal += stale;
            var entry = new JsonObject
            {
                ["file"] = name,
                ["activities"] = activities,
                ["agreeing"] = agree,
                ["staleLateDates"] = stale,
                ["disagreements"] = disagreements,
            };
            if (error is not null)
            {
                entry["error"] = error;
            }
            files.Add(entry);
            Console.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"{name, -60} {agree, 5}/{activities, -5} ")
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"{(activities == 0 ? 100 : 100.0 * agree / activities), 6:0.0}%{(stale > 0 ? $"  ({stale} with stale late dates: early dates compared only)" : "")}{(error is null ? "" : "  error: " + error)}"
                    )
            );
        }
        double percent = total == 0 ? 100 : 100.0 * agreeing / total;
        double strictPercent = total == 0 ? 100 : 100.0 * strictlyAgreeing / total;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"stale: {staleTotal} activities whose saved late dates contradict their own file (no successors, no "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"late constraint or deadline, late finish not the saved project finish); their total float is not "
                )
                + string.Create(CultureInfo.InvariantCulture, $"compared")
        );
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"strict: {strictlyAgreeing}/{total} activities agree on all three fields, stale ones included "
            ) + string.Create(CultureInfo.InvariantCulture, $"({strictPercent:0.00}%)")
        );
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"summary: {files.Count} files, {agreeing}/{total} activities agree with Microsoft Project "
            ) + string.Create(CultureInfo.InvariantCulture, $"({percent:0.00}%)")
        );
        if (options.Text("json") is string json)
        {
            var report = new JsonObject
            {
                ["files"] = files,
                ["activities"] = total,
                ["agreeing"] = agreeing,
                ["agreementPercent"] = Math.Round(percent, 2),
                ["staleLateDates"] = staleTotal,
                ["strictlyAgreeing"] = strictlyAgreeing,
                ["strictAgreementPercent"] = Math.Round(strictPercent, 2),
            };
            File.WriteAllText(json, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        return 0;
    }

    private static int ReadTiming(int activities, int seed)
    {
        using var stream = new MemoryStream();
        new MspdiWriter().Write(Pso.Domain.Benchmarks.Scheduling.RandomNetworks.Create(activities, seed), stream);
        byte[] file = stream.ToArray();
        var reader = new MspdiReader();
        reader.Read(new MemoryStream(file), "generated.xml", default); // warm-up
        var times = new double[5];
        for (int r = 0; r < times.Length; r++)
        {
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            reader.Read(new MemoryStream(file), "generated.xml", default);
            times[r] = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"mspdi read: {activities} activities, {file.Length / 1_048_576.0:0.0} MiB, median "
            ) + string.Create(CultureInfo.InvariantCulture, $"{times.Order().ElementAt(2):0} ms of 5 reads")
        );
        return 0;
    }

    private static bool Compare(
        JsonArray disagreements,
        Activity activity,
        string field,
        LocalDateTime ours,
        LocalDateTime? theirs
    )
    {
        // Microsoft Project keeps tenths of a minute; compare to the minute.
        if (theirs is LocalDateTime t && Truncate(ours) == Truncate(t))
        {
            return true;
        }
        disagreements.Add(
            new JsonObject
            {
                ["activity"] = activity.Id.Value,
                ["field"] = field,
                ["ours"] = ours.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                ["msProject"] = theirs?.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            }
        );
        return false;
    }

    private static bool CompareFloat(
        JsonArray disagreements,
        Activity activity,
        Duration ours,
        Duration? theirs,
        bool stale
    )
    {
        if (theirs is Duration t && Math.Abs((ours - t).TotalMinutes) < 1)
        {
            return true;
        }
        disagreements.Add(
            new JsonObject
            {
                ["activity"] = activity.Id.Value,
                ["field"] = "totalFloat",
                ["ours"] = ours.TotalMinutes,
                ["msProject"] = theirs?.TotalMinutes,
                ["staleInFile"] = stale,
            }
        );
        return false;
    }

    /// <summary>
    /// Whether Microsoft Project's saved late dates for an activity contradict its own file: the activity has no
    /// successors, no constraint or deadline that limits its late dates, and yet its saved late finish is not the saved
    /// project finish (working time lies between them on the activity's calendar). Such values were computed for an
    /// earlier state of the file and never recalculated; the total float built on them cannot be compared.
    /// </summary>
    private static bool StaleLateDates(MspdiFile file, Activity activity, MsProjectDates theirs, bool hasSuccessors)
    {
        if (
            hasSuccessors
            || activity.Deadline is not null
            || file.SavedFinish is not LocalDateTime finish
            || theirs.LateFinish is not LocalDateTime lateFinish
            || activity.Constraint.Type
                is ConstraintType.AsLateAsPossible
                    or ConstraintType.MustStartOn
                    or ConstraintType.MustFinishOn
                    or ConstraintType.StartNoLaterThan
                    or ConstraintType.FinishNoLaterThan
        )
        {
            return false;
        }
        return file.Project.CalendarOf(activity).WorkingTimeBetween(lateFinish, finish) != Duration.Zero;
    }

    private static LocalDateTime Truncate(LocalDateTime moment) =>
        moment.Date.At(new LocalTime(moment.Hour, moment.Minute));
}
