using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Pso.Domain;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Calendars;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Costs.Rates;
using Pso.Domain.DependencyInjection;
using Pso.Domain.Errors;
using Pso.Domain.Intake;
using Pso.Domain.Intake.TaskReports;
using Pso.Domain.MsProject;
using Pso.Domain.Periods;
using Pso.Domain.Reporting;
using Pso.Domain.Reporting.Portfolio;
using Pso.Domain.Reporting.Rendering;
using Pso.Domain.Reporting.Reports;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Reporting.Warnings;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;
using Pso.Domain.Serialization;
using Pso.Samples.QuickStart;

// The quick start runs the whole flow on the embedded demo portfolio. Each Pso.Domain capability appears here as it
// lands.
DemoPortfolio demo = DemoPortfolio.Load();
LocalDate statusDate = new(2026, 11, 25);

// 1. Embed Pso.Domain in a host through dependency injection.
using ServiceProvider services = new ServiceCollection()
    .AddPsoDomain(options =>
    {
        options.ReportingCurrency = demo.ReportingCurrency;
        options.FiscalYearStartMonth = demo.FiscalYearStartMonth;
        options.TimeZone = demo.TimeZone;
    })
    .UseExchangeRates(demo.ExchangeRates)
    .AddScheduling()
    .AddResources(o => o with { DemandCalendar = demo.Calendar })
    .AddAllocation()
    .AddReporting()
    .Services.BuildServiceProvider();
var reporting = services.GetRequiredService<ReportingCalendar>();
var rates = services.GetRequiredService<ExchangeRateTable>();
var zone = services.GetRequiredService<DateTimeZone>();
Currency reportingCurrency = Currency.FromCode(demo.ReportingCurrency);

Heading($"{demo.Organisation}: portfolio at {statusDate:uuuu-MM-dd} ({reporting})");

// 2. Calendars: the office calendar and each person's calendar derived from it.
WorkCalendar office = demo.Calendar;
Dictionary<ResourceId, WorkCalendar> calendars = demo.People.ToDictionary(
    p => p.Id,
    p =>
        office.Derive(
            new CalendarId(p.Id.Value),
            p.Leave.Select(l => new CalendarException(
                new DateInterval(l.Start, l.End),
                WorkingDay.Parse(l.WorkingTime),
                l.Name
            )),
            p.PartTime.ToDictionary(d => d.Key, d => WorkingDay.Parse(d.Value)),
            p.Name
        )
);

Heading("Working time");
var december = reporting.PeriodOf(new LocalDate(2026, 12, 1), PeriodUnit.Month);
Console.WriteLine(
    $"{office.Name}: {office.Week.WorkingTime.TotalHours:0.#} h a week; {office.WorkingDays(december.Dates)} working "
        + $"days and {office.WorkingTime(december.Dates).TotalHours:0.#} h in {december.Label}"
);
foreach (DemoPerson person in demo.People)
{
    WorkCalendar calendar = calendars[person.Id];
    Console.WriteLine(
        $"{person.Name, -12} {calendar.WorkingDays(december.Dates), 2} working days, "
            + $"{calendar.WorkingTime(december.Dates).TotalHours, 5:0.#} h in {december.Label}"
    );
}

// 3. Effort to finish dates on each owner's calendar, and real elapsed time in the organisation's time zone.
Heading("Projects: effort on the owner's calendar");
var plannedFinish = new Dictionary<ProjectId, LocalDateTime>();
foreach (DemoProject project in demo.Projects)
{
    WorkCalendar calendar = calendars[project.Owner];
    Work effort = Work.FromHours(project.EffortHours);
    LocalDateTime finish = calendar.AddWorkingTime(project.Start, effort.ToDuration());
    plannedFinish[project.Id] = finish;
    ZonedWorkCalendar zoned = calendar.InZone(zone);
    Duration elapsed = zoned.ToInstant(finish) - zoned.ToInstant(project.Start);
    Console.WriteLine(
        $"{project.Id, -11} {effort, 7} from {project.Start:uuuu-MM-dd HH:mm} finishes {finish:ddd uuuu-MM-dd HH:mm} "
            + $"({elapsed.TotalDays:0.0} elapsed days, owner {project.Owner})"
    );
}

// 4. Scheduling: the critical path of one project on its owner's calendar.
DemoSchedule plan = demo.Schedule;
DemoProject planned = demo.Projects.First(p => p.Id == plan.Project);
var network = new Project(
    planned.Id,
    planned.Name,
    calendars[planned.Owner],
    planned.Start,
    plan.Activities.Select(a => new Activity(
        a.Id,
        a.Name,
        Duration.FromMinutes((long)(a.Hours * 60)),
        Enum.Parse<ActivityKind>(a.Kind ?? "Task")
    )
    {
        Parent = a.Parent,
        Deadline = a.Deadline,
    }),
    plan.Dependencies.Select(l => new Dependency(
        l.From,
        l.To,
        Enum.Parse<DependencyType>(l.Type),
        l.LagHours is decimal lag ? Lag.Working(Duration.FromMinutes((long)(lag * 60))) : Lag.None
    ))
);
ScheduleResult schedule = services.GetRequiredService<CpmScheduler>().Schedule(network);
Heading(
    $"Critical path of {network.Id} on {calendars[planned.Owner].Name}'s calendar: finish "
        + $"{schedule.Finish:ddd uuuu-MM-dd HH:mm}"
);
foreach (Activity activity in network.Activities)
{
    ActivitySchedule dates = schedule[activity.Id];
    string indent = activity.Parent is null ? "" : "  ";
    Console.WriteLine(
        $"{indent + activity.Name, -26} {dates.EarlyStart:ddd MM-dd HH:mm} -> {dates.EarlyFinish:ddd MM-dd HH:mm}  "
            + $"float {dates.TotalFloat.TotalHours, 5:0.#} h{(dates.IsCritical ? "  critical" : "")}"
    );
}
foreach (ValidationError warning in schedule.Warnings)
{
    Console.WriteLine($"warning {warning.Code}: {warning.Message}");
}

// The plan is baselined; then the ingestion pipelines turn out to need two more weeks of work.
Baseline approved = Baseline.Capture(schedule, 0, "Approved plan", statusDate);
Project replanned = new(
    network.Id,
    network.Name,
    network.Calendar,
    network.Start,
    network.Activities.Select(a =>
        a.Id == new ActivityId("ATL-3") ? a with { Duration = a.Duration + Duration.FromHours(75) } : a
    ),
    network.Dependencies
);
Console.WriteLine($"Against baseline {approved.Number} ({approved.Name}):");
foreach (
    BaselineVariance variance in approved
        .Compare(services.GetRequiredService<CpmScheduler>().Schedule(replanned))
        .Where(v => v.IsSlipping)
)
{
    Console.WriteLine(
        $"  {variance.Activity, -8} finishes {variance.FinishVariance.TotalHours:0.#} working hours late"
    );
}

// The plan travels to and from Microsoft Project as MSPDI XML, with its baseline and the owner assigned to each task.
var owner = new MspdiResource(planned.Owner, planned.Owner.Value, MspdiResourceType.Work)
{
    Calendar = calendars[planned.Owner].Id,
};
var mspdi = new MspdiFile(network)
{
    Calendars = ImmutableDictionary<CalendarId, WorkCalendar>.Empty.Add(
        calendars[planned.Owner].Id,
        calendars[planned.Owner]
    ),
    Resources = [owner],
    Assignments =
    [
        .. network
            .Activities.Where(a => a.Kind == ActivityKind.Task)
            .Select(a => new MspdiAssignment(a.Id, owner.Id)
            {
                Work = Work.FromDuration(a.Duration),
                RemainingWork = Work.FromDuration(a.Duration),
            }),
    ],
    Baselines = [approved],
};
using var xml = new MemoryStream();
new MspdiWriter().Write(mspdi, xml);
xml.Position = 0;
MspdiFile reread = new MspdiReader().Read(xml, "atlas.xml", CancellationToken.None);
ScheduleResult rescheduled = services.GetRequiredService<CpmScheduler>().Schedule(reread.Project);
Console.WriteLine(
    $"MS Project XML: {xml.Length / 1024.0:0.0} KiB, {reread.Project.Activities.Length} tasks, "
        + $"{reread.Assignments.Length} assignments, "
        + $"baseline {reread.Baselines[0].Number} with {reread.Baselines[0].Entries.Length} entries; read back it "
        + $"finishes {rescheduled.Finish:ddd uuuu-MM-dd HH:mm}"
);

// 5. Resources: capacity from each person's calendar, units and leave; bookings against it; who is free; what is
// unstaffed.
var pool = new ResourcePool(
    demo.People.Select(p => new Resource(p.Id, p.Name, calendars[p.Id])
    {
        Roles = [.. p.Roles],
        Skills = [.. p.Skills.Select(s => new ResourceSkill(s.Skill, s.Level, s.Expires))],
        Availability = [.. p.Units.Select(u => new AvailabilityChange(u.From, u.Units))],
    })
);
var winter = new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2027, 3, 31));
CapacityPlan capacity = CapacityPlan.Create(
    pool,
    demo.Bookings.Select(b => new Booking(
        new BookingId(b.Id),
        b.Person,
        b.Project,
        new DateInterval(b.Start, b.End),
        b.Units is decimal units ? BookingLoad.OfUnits(units) : BookingLoad.Hours(b.HoursPerDay ?? 0m)
    )
    {
        Contour = Enum.Parse<WorkContour>(b.Contour),
        Status = Enum.Parse<BookingStatus>(b.Status),
        Demand = b.Demand is string demand ? new DemandId(demand) : null,
    }),
    demo.Demands.Select(d => new Demand(
        new DemandId(d.Id),
        d.Project,
        new DateInterval(d.Start, d.End),
        Work.FromHours(d.EffortHours)
    )
    {
        Role = d.Role,
    }),
    winter,
    services.GetRequiredService<CapacityPlanOptions>()
);
Heading($"Resources: capacity and bookings, {winter.Start:MMM uuuu} to {winter.End:MMM uuuu} (hours)");
foreach (var person in capacity.ByResource(PeriodUnit.Month).GroupBy(r => r.Key))
{
    Console.WriteLine(
        $"{pool[person.Key].Name, -12} "
            + string.Join(
                "  ",
                person.Select(m =>
                    $"{m.Period.Label} "
                    + $"{m.Booked.Hours, 5:0.#}/{m.Capacity.Hours, 5:0.#}{(m.TentativelyBooked > Work.Zero ? " (+" +
                            $"{m.TentativelyBooked.Hours:0.#} tentative)" : "")}"
                )
            )
    );
}
foreach (Overallocation clash in capacity.Overallocations(PeriodUnit.Month))
{
    Console.WriteLine(
        $"over-allocated: {pool[clash.Resource].Name} in {clash.Period.Label}: {clash.Booked.Hours:0.#} h booked for "
            + $"{clash.Capacity.Hours:0.#} h ({clash.Severity}; {string.Join(", ", clash.Bookings)})"
    );
}
var sqlInFebruary = capacity.FindAvailable(
    new SkillId("sql"),
    3,
    Work.FromHours(8),
    new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 28))
);
Console.WriteLine(
    "free for 8 h a week of SQL (level 3+) in February: "
        + string.Join(
            ", ",
            sqlInFebruary.Select(m =>
                $"{pool[m.Resource].Name} (level {m.Proficiency}, {m.Available.Hours:0.#} h free)"
            )
        )
);
foreach (var role in capacity.RoleCapacityVersusDemand(PeriodUnit.Quarter).Where(r => r.Demand > Work.Zero))
{
    Console.WriteLine(
        $"{role.Key, -14} {role.Period.Label}: demand {role.Demand.Hours:0.#} h, staffed {role.Staffed.Hours:0.#} h, "
            + $"unstaffed {role.Unstaffed.Hours:0.#} h, capacity {role.Capacity.Hours:0.#} h"
    );
}

// 6. Allocation: plan the work packages in dates, on the people's real calendars (Aisha's four-day week, Mei's leave,
// Tom's units falling to 0.6) and around the bookings already made (the tentative one may be replaced): who does each
// package, on which days, and why anything waits, in dates and names. No period arithmetic: the planner works on the
// portfolio calendar and hands back dates, bookings and the networks with their levelling delays.
DemoLevelling levelling = demo.Levelling;
Duration officeDay = office.WorkingTime(new DateInterval(levelling.Start, levelling.Start));
var packageProjects = levelling
    .WorkPackages.GroupBy(w => w.Project)
    .Select(g => new PortfolioProject(
        new Project(
            g.Key,
            demo.Projects.Single(p => p.Id == g.Key).Name,
            office,
            levelling.Start.AtMidnight(),
            g.Select(w => new Activity(w.Id, w.Id.Value, officeDay * w.Days)),
            g.SelectMany(w => w.After.Select(before => new Dependency(before, w.Id)))
        )
    ))
    .ToList();
var packagePortfolio = new Portfolio(
    packageProjects,
    levelling.WorkPackages.Select(w => new ResourceRequirement(w.Project, w.Id) { Role = w.Role, Units = w.Units }),
    pool,
    levelling.Start,
    capacity.Bookings
);
PortfolioPlanner planner = services.GetRequiredService<PortfolioPlanner>();
PortfolioPlan packagePlan = planner.Plan(
    packagePortfolio,
    planner.Options with
    {
        Calendar = office,
        ReplaceTentativeBookings = true,
        HourlyRate = (person, _) => demo.People.Single(p => p.Id == person.Id).Rate,
        Solver = SolverOptions.Default with { Seed = 7 },
    }
);
Heading(
    $"Portfolio plan from {levelling.Start:ddd d MMM uuuu}: {packagePlan.Activities.Length} work packages, finish "
        + $"{packagePlan.Finish:ddd d MMM uuuu} ({packagePlan.FinishDays} working days; {packagePlan.Schedules} schedules)"
);
foreach (PlannedActivity package in packagePlan.Activities.OrderBy(a => a.Start).ThenBy(a => a.Activity.Activity.Value))
{
    string who = string.Join(
        ", ",
        packagePlan
            .Bookings.Where(b => b.Activity == package.Activity.Activity)
            .Select(b => $"{pool[b.Resource].Name} {b.ExplicitWork.Sum(w => w.Hours):0.#} h")
    );
    Console.WriteLine(
        $"{package.Activity.Project, -11} {package.Activity.Activity, -12} {package.Start:ddd dd MMM}-"
            + $"{package.Finish:ddd dd MMM}: {who}"
    );
    if (package.DelayReason.Length > 0)
    {
        Console.WriteLine($"  {package.DelayReason}");
    }
}
foreach (ProjectOutcome outcome in packagePlan.Projects)
{
    Console.WriteLine(
        $"{outcome.Project, -11} finishes {outcome.Finish:ddd dd MMM} (unlevelled {outcome.UnlevelledFinish:ddd dd MMM})"
    );
}
Console.WriteLine(
    $"staffing: {packagePlan.StaffedWork.Hours:0.#} h booked, cost {packagePlan.StaffingCost}; score {packagePlan.Score}; packagePlan checker: "
        + $"{PlanChecker.Check(packagePlan).Length} violations"
);
foreach (PlanShortfall shortfall in packagePlan.Shortfalls)
{
    Console.WriteLine($"shortfall: {shortfall.Explanation}");
}

// Written back: the bookings into the capacity plan, and each levelled network, with its delays and assignments, to
// Microsoft Project XML, read back and scheduled again.
CapacityPlan withPlan = packagePlan.ToCapacityPlan();
Console.WriteLine(
    $"capacity plan with the plan's bookings: {withPlan.Bookings.Length} bookings, "
        + $"{withPlan.Overallocations(PeriodUnit.Day).Count(o => o.Bookings.Any(b => packagePlan.Bookings.Any(p => p.Id == b)))} "
        + "days over capacity because of the plan"
);
foreach (Project levelled in packagePlan.Networks)
{
    var file = new MspdiFile(levelled)
    {
        Resources =
        [
            .. packagePlan
                .Bookings.Where(b => b.Project == levelled.Id)
                .Select(b => b.Resource)
                .Distinct()
                .Select(r => new MspdiResource(r, pool[r].Name, MspdiResourceType.Work)),
        ],
        Assignments =
        [
            .. packagePlan
                .Bookings.Where(b => b.Project == levelled.Id && b.Activity is not null)
                .Select(b => new MspdiAssignment(b.Activity!.Value, b.Resource)
                {
                    Work = b.ExplicitWork.Aggregate(Work.Zero, (sum, w) => sum + w),
                }),
        ],
    };
    using var written = new MemoryStream();
    new MspdiWriter().Write(file, written);
    written.Position = 0;
    MspdiFile back = new MspdiReader().Read(written, $"{levelled.Id}.xml", CancellationToken.None);
    LocalDateTime levelledFinish = new CpmScheduler().Schedule(back.Project).Finish;
    ProjectOutcome outcomeOf = packagePlan.Projects.Single(p => p.Project == levelled.Id);
    Console.WriteLine(
        $"{levelled.Id, -11} to MSPDI and back: held back "
            + $"{string.Join(", ", back.Project.Activities.Where(a => a.LevellingDelay > Duration.Zero).Select(a => a.Id))}; "
            + $"{back.Assignments.Length} assignments, finish {levelledFinish:ddd dd MMM HH:mm} "
            + $"({(levelledFinish == outcomeOf.Finish ? "as planned" : $"planned {outcomeOf.Finish:ddd dd MMM HH:mm}")})"
    );
}

// 7. Money: budgets converted to the reporting currency on the status date, then phased over fiscal quarters exactly.
Heading($"Budgets in {reportingCurrency} at the {statusDate:uuuu-MM-dd} rate");
foreach (DemoProject project in demo.Projects)
{
    Money budget = rates.Convert(project.Budget, reportingCurrency, statusDate, MidpointRounding.ToEven);
    ImmutableArray<ReportingPeriod> quarters = reporting.PeriodsIn(
        new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2027, 11, 30)),
        PeriodUnit.FiscalQuarter
    );
    ImmutableArray<Money> phased = budget.Allocate(
        quarters.Select(q => (decimal)office.WorkingDays(q.Dates)).ToArray()
    );
    string phasing = string.Join(
        "  ",
        quarters.Zip(phased, (q, m) => $"{q.Label} {m.Amount.ToString("N2", CultureInfo.InvariantCulture)}")
    );
    Console.WriteLine(
        $"{project.Id, -11} {project.Budget, -16} = {budget, -16} | {phasing} | sum "
            + $"{Money.Sum(phased, reportingCurrency)}"
    );
}

// 8. Intake: what the teams hand over (a timesheet, expenses as JSON, purchase orders, supplier invoices, a Jira
// export), each file's source detected from its header, every row checked, de-duplicated and reconciled: rows read =
// accepted + rejected + duplicates, and the same for the hours and for each currency. Nothing is lost.
var intakeOptions = new IntakeOptions
{
    StatusDate = statusDate,
    Projects = demo.Projects.Select(p => p.Id).ToHashSet(),
};
LocalDateTime progressDate = new(2026, 12, 9, 17, 0);
IntakeResult<T> Ingest<T>(string name, IntakeOptions options)
    where T : class
{
    using Stream file = DemoPortfolio.Open(name);
    return name.EndsWith(".json", StringComparison.Ordinal)
        ? IntakeReader.ReadJsonAs<T>(file, name, options: options)
        : IntakeReader.ReadCsvAs<T>(new StreamReader(file), name, options: options);
}
var timesheet = Ingest<TimeEntry>("timesheet.csv", intakeOptions);
var expenses = Ingest<Expense>("expenses.json", intakeOptions);
var orders = Ingest<Commitment>("commitments.csv", intakeOptions);
var invoices = Ingest<Invoice>("invoices.csv", intakeOptions with { Commitments = [.. orders.Accepted] });

// The Jira export speaks of December: it is read against the later status date of the progress meeting.
var jira = Ingest<TaskReport>(
    "jira-export.csv",
    intakeOptions with
    {
        StatusDate = progressDate.Date,
        Projects = null,
    }
);
Heading("Intake: what the teams handed over");
foreach (IntakeResult result in new IntakeResult[] { timesheet, expenses, orders, invoices, jira })
{
    Reconciliation books = result.Reconciliation;
    string totals = string.Join(
        ", ",
        books.Totals.Select(t => $"{t.Measure} {t.Read} = {t.Accepted} + {t.Rejected} + {t.Duplicates}")
    );
    Console.WriteLine(
        $"{result.File, -16} {result.Source?.Name, -17} rows {books.RowsRead} = {books.RowsAccepted} + {books.RowsRejected} "
            + $"+ {books.RowsDuplicate}  "
            + $"{(books.Reconciled ? "reconciled" : "NOT RECONCILED")}{(totals.Length > 0 ? "  " + totals : "")}"
    );
    foreach (RejectedRow rejected in result.Rejected)
    {
        Console.WriteLine($"  rejected {rejected.Errors[0].Code}: {rejected.Errors[0].Message}");
    }
}

// A file of millions of rows is streamed instead: each entry is handed to a sink in file order and memory stays
// bounded whatever the length (keys and day totals move to temporary files past their budgets).
var hours = new HoursSink();
using (var file = new StreamReader(DemoPortfolio.Open("timesheet.csv")))
{
    Reconciliation streamed = IntakeSources.TimeEntries.Stream(file, "timesheet.csv", hours, intakeOptions);
    Console.WriteLine(
        $"streamed timesheet.csv: {hours.AcceptedHours} hours accepted, {hours.Rejected} rejected, "
            + $"{hours.Duplicates} duplicates; "
            + $"{(streamed.Reconciled ? "reconciled" : "NOT RECONCILED")} (read whole: "
            + $"{timesheet.Accepted.Sum(e => e.Hours.Hours)} hours)"
    );
}

// A copy of the timesheet broken as files arrive broken (a quote opened on line 3 and never closed): the row is
// rejected with the line the quote opened on, and the rows after it are still read; the books still balance.
string brokenText;
using (var file = new StreamReader(DemoPortfolio.Open("timesheet.csv")))
{
    string[] rows = file.ReadToEnd().Split('\n');
    rows[2] = rows[2].Insert(rows[2].IndexOf(',', StringComparison.Ordinal) + 1, "\"");
    brokenText = string.Join('\n', rows);
}
var broken = IntakeSources.TimeEntries.ReadCsv(new StringReader(brokenText), "timesheet-broken.csv", intakeOptions);
Console.WriteLine(
    $"broken copy: rows {broken.Reconciliation.RowsRead} = {broken.Reconciliation.RowsAccepted} + "
        + $"{broken.Reconciliation.RowsRejected} + "
        + $"{broken.Reconciliation.RowsDuplicate}, "
        + $"{(broken.Reconciliation.Reconciled ? "reconciled" : "NOT RECONCILED")}; "
        + $"{broken.Rejected.First(r => r.Errors[0].Code == IntakeErrorCodes.UnterminatedQuote).Errors[0].Message}"
);

// 9. Costs: labour at the rate in force on each day (overtime at time and a half), expenses, each converted to the
// reporting currency at the rate of its own date; invoices matched to their purchase orders and to what was received.
var rateBook = new RateBook(
    demo.People.Select(p => new RateCard(new RateCardId(p.Id.Value))
    {
        Resource = p.Id,
        Rates = [new Rate(new LocalDate(2026, 1, 1), p.Rate) { OvertimeCost = p.Rate * 1.5m }],
    })
);
var actual = ActualCosts.Collect(
    LabourCost.Of(timesheet.Accepted, rateBook),
    expenses.Accepted,
    reportingCurrency,
    rates
);
Heading($"Cost to date in {reportingCurrency} (labour at the rate in force, expenses converted on their own dates)");
foreach (CostItem item in actual.Items)
{
    string what = item.Kind == CostKind.Labour ? $"{pool[item.Resource!.Value].Name}" : "expense";
    Console.WriteLine(
        $"{item.Date:uuuu-MM-dd} {item.Project, -11} {item.Account, -10} {what, -12} {item.Amount, 14} = "
            + $"{item.Reporting, 14}"
    );
}
Console.WriteLine(
    string.Join("  ", demo.Projects.Select(p => $"{p.Id} {actual.TotalOf(p.Id)}")) + $"  | total {actual.Total}"
);
Receipt[] received =
[
    new(new CommitmentId("PO-7001"), 1, new LocalDate(2026, 11, 10), 1),
    new(new CommitmentId("PO-7001"), 2, new LocalDate(2026, 11, 13), 4),
];
MatchReport match = ThreeWayMatch.Match(orders.Accepted, invoices.Accepted, received);
Console.WriteLine(
    $"three-way match of {invoices.Accepted.Length} invoice(s) with {orders.Accepted.Length} order(s): "
        + $"{match.Issues.Length} issue(s); "
        + $"open commitments: {string.Join(", ", match.Open.Select(o => $"{o.Key} {o.Value}"))}"
);

// 10. Progress: the Jira export becomes progress on the Atlas schedule (Jira's project ATL is our PRJ-ATLAS); the
// schedule is recalculated from the status date; reports that cannot apply are conflicts, each with its reason.
ProgressUpdateResult progress = ProgressUpdate.Apply(
    network,
    jira.Accepted.Where(r => r.Project == new ProjectId("ATL")).Select(r => r with { Project = network.Id }),
    progressDate
);
ScheduleResult updated = services.GetRequiredService<CpmScheduler>().Schedule(progress.Project);
Heading(
    $"Progress at {progressDate:uuuu-MM-dd HH:mm} from Jira: finish {updated.Finish:ddd uuuu-MM-dd HH:mm} (planned "
        + $"{schedule.Finish:ddd uuuu-MM-dd HH:mm})"
);
foreach (ActivityId id in progress.Updated)
{
    Activity a = progress.Project.GetActivity(id);
    Console.WriteLine(
        $"{a.Name, -24} {a.PercentComplete, 5:0.#} %  started {a.ActualStart:MM-dd HH:mm}{(a.ActualFinish is { } f ? $"  finished {f:MM-dd HH:mm}" : $"  {a.RemainingDuration?.TotalHours:0.#} h to go")}"
    );
}
foreach (ValidationError conflict in progress.Conflicts)
{
    Console.WriteLine($"{conflict.Severity.ToString().ToLowerInvariant()} {conflict.Code}: {conflict.Message}");
}

// 11. Earned value of Atlas at the progress date: its budget earned by each task's percent complete and planned by
// the schedule's dates (both weighted by the tasks' working hours, measured on the owner's calendar), against the cost
// booked to it; then earned schedule on the weekly planned-value curve, which keeps measuring in time.
WorkCalendar atlasCalendar = calendars[planned.Owner];
Activity[] tasks = [.. network.Activities.Where(a => a.Kind == ActivityKind.Task)];
decimal taskHours = tasks.Sum(a => (decimal)a.Duration.TotalHours);
decimal PlannedShare(LocalDateTime at) =>
    tasks.Sum(a =>
    {
        ActivitySchedule dates = schedule[a.Id];
        decimal done =
            at <= dates.EarlyStart ? 0m
            : at >= dates.EarlyFinish ? (decimal)a.Duration.TotalHours
            : (decimal)atlasCalendar.WorkingTimeBetween(dates.EarlyStart, at).TotalHours;
        return Math.Min(done, (decimal)a.Duration.TotalHours);
    }) / taskHours;
decimal earnedShare =
    tasks.Sum(a => progress.Project.GetActivity(a.Id).PercentComplete / 100m * (decimal)a.Duration.TotalHours)
    / taskHours;
Money atlasBudget = rates.Convert(planned.Budget, reportingCurrency, statusDate, MidpointRounding.ToEven);
var evm = new EarnedValueMeasures(
    atlasBudget,
    (atlasBudget * PlannedShare(progressDate)).Round(MidpointRounding.ToEven),
    (atlasBudget * earnedShare).Round(MidpointRounding.ToEven),
    actual.TotalOf(planned.Id)
);
Heading($"Earned value of {planned.Id} at {progressDate:uuuu-MM-dd HH:mm} ({reportingCurrency})");
string Index(decimal? index) =>
    index is decimal i ? i.ToString("0.00", CultureInfo.InvariantCulture) : "n/a (no divisor yet)";
Console.WriteLine($"BAC {evm.BudgetAtCompletion}  PV {evm.PlannedValue}  EV {evm.EarnedValue}  AC {evm.ActualCost}");
Console.WriteLine(
    $"SV {evm.ScheduleVariance}  CV {evm.CostVariance}  SPI {Index(evm.SchedulePerformanceIndex)}  CPI "
        + $"{Index(evm.CostPerformanceIndex)}  "
        + $"EAC {evm.EstimateAtCompletion?.Round(MidpointRounding.ToEven).ToString() ?? "n/a"}  TCPI "
        + $"{Index(evm.ToCompletePerformanceIndex)}"
);

// The demo's timesheet holds a few days of entries, not all the work done: AC is what was handed over, so CPI and EAC
// read far better than a full timesheet would make them.
Console.WriteLine(
    "(AC is the cost handed over so far: the demo timesheet covers a few days, so CPI and EAC read high)"
);
LocalDateTime weekZero = schedule[tasks[0].Id].EarlyStart;
foreach (Activity a in tasks)
{
    weekZero = LocalDateTime.Min(weekZero, schedule[a.Id].EarlyStart);
}
int weeks = Math.Max(
    1,
    (int)Math.Ceiling(Period.Between(weekZero, schedule.Finish, PeriodUnits.Hours).Hours / (7 * 24m))
);
Money[] plannedCurve =
[
    .. Enumerable
        .Range(1, weeks)
        .Select(w => (atlasBudget * PlannedShare(weekZero.PlusWeeks(w))).Round(MidpointRounding.ToEven)),
];
decimal actualWeeks = Period.Between(weekZero, progressDate, PeriodUnits.Hours).Hours / (7 * 24m);
EarnedScheduleMeasures es = EarnedScheduleMeasures.From(plannedCurve, evm.EarnedValue, actualWeeks);
Console.WriteLine(
    $"earned schedule {es.EarnedSchedule:0.00} of {es.PlannedDuration} weeks at week {es.ActualTime:0.00}: SV(t) "
        + $"{es.ScheduleVarianceInTime:0.00} weeks, "
        + $"SPI(t) {Index(es.SchedulePerformanceIndexInTime)}, forecast duration IEAC(t) "
        + $"{es.IndependentEstimateAtCompletionInTime:0.0} weeks"
);

// 12. The portfolio report at the progress date. Planned value by day: Atlas's from its schedule, the others' spread
// over their owners' working hours; earned value of Atlas from its progress; actual cost and hours as handed over.
// The lines are summed by project and week, each project gets the warnings of the rules registered through DI (and
// Atlas a schedule risk analysis, by Monte Carlo through the CPM engine), the projects merge into the portfolio
// aggregate, and report.html draws it all.
var lines = new List<PerformanceLine>();
foreach (DemoProject project in demo.Projects)
{
    Money budget = rates.Convert(project.Budget, reportingCurrency, statusDate, MidpointRounding.ToEven);
    WorkCalendar calendar = calendars[project.Owner];
    LocalDateTime finish = plannedFinish[project.Id];
    LocalDate[] days =
    [
        .. Enumerable
            .Range(0, Period.DaysBetween(project.Start.Date, finish.Date) + 1)
            .Select(d => project.Start.Date.PlusDays(d)),
    ];
    decimal[] weights =
        project.Id == planned.Id
            ? [.. days.Select(d => PlannedShare(d.PlusDays(1).AtMidnight()) - PlannedShare(d.AtMidnight()))]
            :
            [
                .. days.Select(d =>
                    (decimal)
                        calendar
                            .WorkingTimeBetween(
                                LocalDateTime.Max(d.AtMidnight(), project.Start),
                                LocalDateTime.Min(d.PlusDays(1).AtMidnight(), finish)
                            )
                            .TotalHours
                ),
            ];
    lines.AddRange(
        days.Zip(budget.Allocate(weights))
            .Where(p => p.Second.Amount != 0m)
            .Select(p => PerformanceLine.PlannedValue(project.Id, p.First, p.Second))
    );
}
lines.Add(PerformanceLine.EarnedValue(planned.Id, progressDate.Date, evm.EarnedValue));
lines.AddRange(
    actual.Items.Select(i =>
        PerformanceLine.ActualCost(i.Project, i.Date, i.Reporting) with
        {
            Account = i.Account,
            Activity = i.Activity,
        }
    )
);
lines.AddRange(timesheet.Accepted.Select(e => PerformanceLine.ActualHours(e.Project, e.Date, e.Hours)));
TimePhasedPerformance performance = TimePhasedPerformance.Aggregate(
    lines,
    new AggregationOptions(reportingCurrency) { Calendar = reporting }
);

var estimates = network
    .Activities.Where(a => a.Kind == ActivityKind.Task)
    .ToDictionary(a => a.Id, a => new ThreePointEstimate(a.Duration * 0.8, a.Duration, a.Duration * 1.6));
ScheduleRiskResult risk = services.GetRequiredService<ScheduleRiskAnalysis>().Run(network, estimates);
LocalDateTime? deadline = network.Activities.Max(a => a.Deadline);
CompletionReport completion = CompletionReport.From(updated, approved);
EarlyWarningEngine warningEngine = services.GetRequiredService<EarlyWarningEngine>();
ImmutableArray<Invoice> InvoicesOf(ProjectId project) =>
    [
        .. invoices.Accepted.Where(i =>
            i.Lines.Any(l => orders.Accepted.Any(o => o.Id == l.Commitment && o.Project == project))
        ),
    ];
ImmutableArray<Overallocation> OverallocationsOf(ProjectId project) =>
    [
        .. capacity
            .Overallocations(PeriodUnit.Week)
            .Where(o => capacity.Bookings.Any(b => b.Resource == o.Resource && b.Project == project)),
    ];
var aggregates = demo.Projects.Select(project =>
{
    bool atlas = project.Id == planned.Id;
    var status = new ProjectStatus(project.Id, progressDate.Date)
    {
        // Only Atlas reports progress (the Jira export); the others have no earned value to measure yet.
        EarnedValue = atlas ? evm : null,
        EarnedSchedule = atlas ? es : null,
        TotalFloat = atlas ? updated.MinimumFloat : null,
        PreviousTotalFloat = atlas ? schedule.MinimumFloat : null,
        // Float is working time on the owner's calendar: a 37.5-hour week of five days.
        WorkingDay = calendars[project.Owner].Week.WorkingTime / 5,
        Deadline = atlas ? deadline : null,
        Risk = atlas ? risk : null,
        Invoices = InvoicesOf(project.Id),
        CriticalResourceOverallocations = OverallocationsOf(project.Id),
    };
    return new ProjectAggregate(project.Id, project.Name, performance.ForProject(project.Id))
    {
        Warnings = warningEngine.Evaluate(status),
        Completion = atlas ? CompletionCounts.Of(completion) : CompletionCounts.None,
        Finish = atlas ? updated.Finish : plannedFinish[project.Id],
        P80Finish = atlas ? risk.Finish.P80 : null,
    };
});
PortfolioAggregate portfolio = PortfolioAggregate.Of(reportingCurrency, PeriodUnit.Week, aggregates);
var report = new PortfolioReport($"{demo.Organisation}: portfolio report", progressDate.Date, portfolio)
{
    Calendar = reporting,
    Sections =
    [
        new ProjectSection(planned.Id)
        {
            Schedule = updated,
            Baseline = approved,
            Risk = risk,
            Completion = completion,
        },
    ],
    Resources = ResourceReport.From(capacity, PeriodUnit.Week),
    // The levelled work packages: each project's Gantt over its unlevelled dates, and capacity before and after.
    Levelling = new LevellingSection
    {
        Projects =
        [
            .. packagePlan.Networks.Select(network => new ProjectSection(network.Id)
            {
                Schedule = new CpmScheduler().Schedule(network),
                Baseline = Baseline.Capture(
                    new CpmScheduler().Schedule(
                        network.WithActivities(
                            network.Activities.Select(a => a with { LevellingDelay = Duration.Zero }),
                            network.StatusDate
                        )
                    ),
                    0,
                    "Before levelling",
                    levelling.Start
                ),
            }),
        ],
        Before = ResourceReport.From(packagePlan.ToCapacityPlanBeforeLevelling(), PeriodUnit.Week),
        After = ResourceReport.From(packagePlan.ToCapacityPlan(), PeriodUnit.Week),
    },
};
Heading($"Portfolio at {progressDate:uuuu-MM-dd} ({report.StatusPeriod.Label}, {reportingCurrency}): {portfolio}");
foreach (PortfolioSummaryLine line in report.Summary)
{
    Console.WriteLine(
        $"{line.Project, -11} {line.Status, -5} PV {line.Measures.PlannedValue.Amount, 12:N2}  EV "
            + $"{line.Measures.EarnedValue.Amount, 12:N2}  AC {line.Measures.ActualCost.Amount, 10:N2}  "
            + $"BAC {line.Measures.BudgetAtCompletion.Amount, 12:N2}  finish "
            + $"{line.Finish:uuuu-MM-dd}{(line.P80Finish is { } p80 ? $" (P80 {p80:uuuu-MM-dd})" : "")}"
    );
}
Console.WriteLine(
    $"schedule risk of {planned.Id}: {risk.Iterations} iterations, deterministic "
        + $"{risk.Finish.Deterministic:MM-dd HH:mm}, P50 {risk.Finish.P50:MM-dd HH:mm}, "
        + $"P80 {risk.Finish.P80:MM-dd HH:mm}, P90 {risk.Finish.P90:MM-dd HH:mm}; drives the finish most: {string.Join(", ", risk.Tornado(3).Select(a => $"{a.Activity} ({a.Sensitivity:0.00})"))}"
);
Console.WriteLine(
    $"completion of {planned.Id} against '{approved.Name}': "
        + string.Join(", ", Enum.GetValues<CompletionState>().Select(s => $"{completion.Count(s)} {s}"))
);
foreach (InvoiceAgeing ageing in InvoiceAgeing.Of(invoices.Accepted, progressDate.Date))
{
    Console.WriteLine(
        $"invoices unpaid in {ageing.Currency}: "
            + string.Join(
                ", ",
                ageing.Buckets.Where(b => b.Invoices > 0).Select(b => $"{b.Bucket} {b.Invoices} ({b.Amount})")
            )
    );
}
Console.WriteLine("warnings:");
foreach (EarlyWarning warning in portfolio.Warnings)
{
    Console.WriteLine($"  {warning.Severity, -8} {warning.Project, -11} {warning.Rule, -22} {warning.Reason}");
}
string page = Path.GetFullPath("report.html");
File.WriteAllText(page, HtmlReportWriter.ToHtml(report));
Console.WriteLine(
    $"wrote {page} ({new FileInfo(page).Length / 1024.0:0.0} KiB: summary, warnings, S-curves, Gantt with baseline, "
        + "capacity heat map, finish distribution, levelled Gantt and capacity before and after levelling)"
);

// 13. Bad input is a typed error with a code and a reason, never a silent fallback.
Heading("Errors name what is wrong");
try
{
    rates.Convert(Money.Of(1_000m, "USD"), reportingCurrency, new LocalDate(2027, 2, 1), MidpointRounding.ToEven);
}
catch (ExchangeRateNotFoundException e)
{
    Console.WriteLine($"{e.Code}: {e.Message}");
}
try
{
    _ = Money.Of(10m, "EUR") + Money.Of(10m, "GBP");
}
catch (CurrencyMismatchException e)
{
    Console.WriteLine($"{e.Code}: {e.Message}");
}

// 14. Everything serializes to JSON and back.
Heading("JSON");
string json = JsonSerializer.Serialize(calendars[new ResourceId("aisha")], PsoJson.Options);
Console.WriteLine(json.Length > 160 ? json[..160] + "…" : json);
Console.WriteLine(
    "round trip equal: "
        + $"{JsonSerializer.Deserialize<WorkCalendar>(json, PsoJson.Options)!.Equals(calendars[new ResourceId("aisha")])}"
);

static void Heading(string text)
{
    Console.WriteLine();
    Console.WriteLine(text);
    Console.WriteLine(new string('-', Math.Min(text.Length, 100)));
}
