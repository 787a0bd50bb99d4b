using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.MsProject;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.MsProject.Tests;

public class MspdiReaderTests
{
    private const string Standard = """
        <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
          <WeekDays>
            <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
            <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>4</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>5</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>6</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
            <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-11-26T00:00:00</FromDate><ToDate>2026-11-26T23:59:00</ToDate></TimePeriod></WeekDay>
          </WeekDays>
        </Calendar>
        """;

    private static string Document(
        string tasks,
        string extraCalendars = "",
        string afterTasks = "",
        string header = ""
    ) =>
        $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Project xmlns="http://schemas.microsoft.com/project">
              <Name>Fixture</Name><StartDate>2026-11-23T08:00:00</StartDate><CalendarUID>1</CalendarUID>{header}
              <Calendars>{Standard}{extraCalendars}</Calendars>
              <Tasks>
                <Task><UID>0</UID><ID>0</ID><Name>Fixture</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
                {tasks}
              </Tasks>{afterTasks}
            </Project>
            """;

    private const string ThreeTasks = """
        <Task><UID>1</UID><Name>Phase</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Duration>PT24H0M0S</Duration></Task>
        <Task><UID>2</UID><Name>Design</Name><OutlineLevel>2</OutlineLevel><Duration>PT16H0M0S</Duration>
          <EarlyStart>2026-11-23T08:00:00</EarlyStart><EarlyFinish>2026-11-24T17:00:00</EarlyFinish><TotalSlack>0</TotalSlack><Critical>1</Critical></Task>
        <Task><UID>3</UID><Name>Build</Name><OutlineLevel>2</OutlineLevel><Duration>PT16H0M0S</Duration>
          <ConstraintType>4</ConstraintType><ConstraintDate>2026-11-24T08:00:00</ConstraintDate>
          <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
        <Task><UID>4</UID><Name>Done</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone><Duration>PT0H0M0S</Duration><Deadline>2026-12-31T17:00:00</Deadline>
          <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>0</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
        """;

    private static MspdiFile Read(string xml) =>
        new MspdiReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "fixture.xml", default);

    [Fact]
    public void Tasks_outline_links_constraints_and_calendars_are_read()
    {
        MspdiFile file = Read(Document(ThreeTasks));
        Project project = file.Project;

        Assert.Equal(new LocalDateTime(2026, 11, 23, 8, 0), project.Start);
        Assert.Equal(["1", "2", "3", "4"], project.Activities.Select(a => a.Id.Value));
        Assert.Equal(ActivityKind.Summary, project.GetActivity(new ActivityId("1")).Kind);
        Assert.Equal(new ActivityId("1"), project.GetActivity(new ActivityId("3")).Parent);
        Assert.Null(project.GetActivity(new ActivityId("4")).Parent);
        Assert.Equal(ActivityKind.Milestone, project.GetActivity(new ActivityId("4")).Kind);
        Assert.Equal(
            ScheduleConstraint.On(ConstraintType.StartNoEarlierThan, new LocalDateTime(2026, 11, 24, 8, 0)),
            project.GetActivity(new ActivityId("3")).Constraint
        );
        Assert.Equal(new LocalDateTime(2026, 12, 31, 17, 0), project.GetActivity(new ActivityId("4")).Deadline);
        Dependency lagged = project.Dependencies.Single(d => d.Successor == new ActivityId("3"));
        Assert.Equal(Lag.Working(Duration.FromHours(8)), lagged.Lag);
        Assert.Equal(
            DependencyType.FinishToFinish,
            project.Dependencies.Single(d => d.Successor == new ActivityId("4")).Type
        );
        Assert.False(project.Calendar.IsWorkingDay(new LocalDate(2026, 11, 26)));
        Assert.True(project.Calendar.IsWorkingDay(new LocalDate(2026, 11, 27)));
        Assert.False(project.Calendar.IsWorkingDay(new LocalDate(2026, 11, 28)));
        Assert.Equal(new LocalDateTime(2026, 11, 24, 17, 0), file.SavedDates[new ActivityId("2")].EarlyFinish);
        Assert.Equal(Duration.Zero, file.SavedDates[new ActivityId("2")].TotalSlack);
    }

    [Fact]
    public void The_read_project_schedules_on_its_calendar()
    {
        ScheduleResult result = new CpmScheduler().Schedule(Read(Document(ThreeTasks)).Project);

        // Design: Mon-Tue; Build: 8 h after Design (Wednesday), then the Thursday holiday: Friday and Monday.
        Assert.Equal(new LocalDateTime(2026, 11, 24, 17, 0), result[new ActivityId("2")].EarlyFinish);
        Assert.Equal(new LocalDateTime(2026, 11, 27, 8, 0), result[new ActivityId("3")].EarlyStart);
        Assert.Equal(new LocalDateTime(2026, 11, 30, 17, 0), result[new ActivityId("3")].EarlyFinish);
    }

    [Fact]
    public void A_resource_calendar_derives_from_its_base()
    {
        const string Resource = """
            <Calendar><UID>2</UID><Name>Alice</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
              <WeekDays><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar>
            """;

        MspdiFile file = Read(Document(ThreeTasks, Resource));

        WorkCalendar alice = file.Calendars[new CalendarId("2")];
        Assert.Same(file.Calendars[new CalendarId("1")], alice.Base);
        Assert.False(alice.IsWorkingDay(new LocalDate(2026, 11, 27)));
        Assert.False(alice.IsWorkingDay(new LocalDate(2026, 11, 26)));
        Assert.True(alice.IsWorkingDay(new LocalDate(2026, 11, 25)));
    }

    [Fact]
    public void Links_on_summary_tasks_are_left_out_with_a_warning()
    {
        string tasks = ThreeTasks.Replace(
            "<PredecessorUID>3</PredecessorUID>",
            "<PredecessorUID>1</PredecessorUID>",
            StringComparison.Ordinal
        );

        MspdiFile file = Read(Document(tasks));

        Assert.DoesNotContain(file.Project.Dependencies, d => d.Predecessor == new ActivityId("1"));
        Assert.Contains(file.Warnings, w => w.Location.RecordId == "4" && w.Location.Line is > 0);
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused()
    {
        const string Bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <Project xmlns="http://schemas.microsoft.com/project"><Name>&lol3;</Name></Project>
            """;

        MspdiFormatException error = Assert.Throws<MspdiFormatException>(() => Read(Bomb));

        Assert.Equal("fixture.xml", error.File);
        Assert.Contains("DTD", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        const string External = """
            <?xml version="1.0"?>
            <!DOCTYPE p [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <Project xmlns="http://schemas.microsoft.com/project"><Name>&secret;</Name></Project>
            """;

        Assert.Throws<MspdiFormatException>(() => Read(External));
    }

    [Fact]
    public void A_truncated_file_gives_the_line_and_position()
    {
        string truncated = Document(ThreeTasks)[..900];

        MspdiFormatException error = Assert.Throws<MspdiFormatException>(() => Read(truncated));

        Assert.NotNull(error.Line);
        Assert.NotNull(error.Position);
        Assert.Equal(MspdiFormatException.ErrorCode, error.Code);
    }

    [Theory]
    [InlineData("<Duration>PT16H0M0S</Duration>", "<Duration>sixteen hours</Duration>", "Duration")]
    [InlineData(
        "<ConstraintDate>2026-11-24T08:00:00</ConstraintDate>",
        "<ConstraintDate>24/11/2026</ConstraintDate>",
        "ConstraintDate"
    )]
    [InlineData("<LinkLag>4800</LinkLag>", "<LinkLag>lots</LinkLag>", "LinkLag")]
    public void Wrong_types_in_fields_name_the_element_and_line(string good, string bad, string element)
    {
        string xml = Document(ThreeTasks.Replace(good, bad, StringComparison.Ordinal));

        MspdiFormatException error = Assert.Throws<MspdiFormatException>(() => Read(xml));

        Assert.Equal(element, error.Element);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void Resources_assignments_and_baselines_are_read_in_the_files_units()
    {
        const string tasks = """
            <Task><UID>1</UID><Name>Design</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration>
              <Baseline><Number>0</Number><Start>2026-11-23T08:00:00</Start><Finish>2026-11-24T17:00:00</Finish><Duration>PT16H0M0S</Duration><Work>PT24H0M0S</Work><Cost>192050</Cost></Baseline>
              <Baseline><Number>3</Number><Cost>100</Cost></Baseline></Task>
            """;
        const string resources = """
            <Resources>
              <Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>
              <Resource><UID>7</UID><Name>Ana</Name><Type>1</Type><MaxUnits>0.5</MaxUnits><StandardRate>80</StandardRate><OvertimeRate>120</OvertimeRate><CostPerUse>15</CostPerUse><CalendarUID>1</CalendarUID></Resource>
              <Resource><UID>8</UID><Name>Cement</Name><Type>0</Type><Code>MAT-CEM</Code><StandardRate>9.5</StandardRate></Resource>
            </Resources>
            <Assignments>
              <Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>7</ResourceUID><ActualWork>PT4H0M0S</ActualWork><RemainingWork>PT4H0M0S</RemainingWork><Units>0.5</Units><Work>PT8H0M0S</Work></Assignment>
              <Assignment><UID>2</UID><TaskUID>1</TaskUID><ResourceUID>-65535</ResourceUID></Assignment>
              <Assignment><UID>3</UID><TaskUID>1</TaskUID><ResourceUID>99</ResourceUID></Assignment>
            </Assignments>
            """;

        MspdiFile file = Read(
            Document(
                tasks,
                afterTasks: resources,
                header: "<CurrencyCode>GBP</CurrencyCode><LastSaved>2026-11-20T10:00:00</LastSaved>"
            )
        );

        Currency gbp = Currency.FromCode("GBP");
        Assert.Equal<MspdiResource>(
            [
                new MspdiResource(new ResourceId("7"), "Ana", MspdiResourceType.Work)
                {
                    MaxUnits = 0.5m,
                    Calendar = new CalendarId("1"),
                    StandardRate = new Money(80m, gbp),
                    OvertimeRate = new Money(120m, gbp),
                    CostPerUse = new Money(15m, gbp),
                },
                new MspdiResource(new ResourceId("MAT-CEM"), "Cement", MspdiResourceType.Material)
                {
                    StandardRate = new Money(9.5m, gbp),
                    OvertimeRate = new Money(0m, gbp),
                    CostPerUse = new Money(0m, gbp),
                },
            ],
            file.Resources
        );
        MspdiAssignment assignment = Assert.Single(file.Assignments);
        Assert.Equal(
            new MspdiAssignment(new ActivityId("1"), new ResourceId("7"))
            {
                Units = 0.5m,
                Work = Work.FromHours(8),
                ActualWork = Work.FromHours(4),
                RemainingWork = Work.FromHours(4),
            },
            assignment
        );
        Baseline baseline = Assert.Single(file.Baselines);
        Assert.Equal(
            (0, "Baseline", new LocalDate(2026, 11, 20)),
            (baseline.Number, baseline.Name, baseline.CapturedOn)
        );
        Assert.Equal(
            new BaselineEntry(
                new ActivityId("1"),
                new LocalDateTime(2026, 11, 23, 8, 0),
                new LocalDateTime(2026, 11, 24, 17, 0),
                Duration.FromHours(16),
                Work.FromHours(24),
                new Money(1920.50m, gbp)
            ),
            Assert.Single(baseline.Entries)
        );
        Assert.Contains(file.Warnings, w =>
            w.Location.Field == "Baseline" && w.Message.Contains("Baseline 3", StringComparison.Ordinal)
        );
        Assert.Contains(file.Warnings, w =>
            w.Location.Field == "ResourceUID" && w.Message.Contains("99", StringComparison.Ordinal)
        );
    }

    private const string Nights = """
        <Calendar><UID>2</UID><Name>Nights</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
          <WeekDays>
            <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>22:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>22:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>4</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>22:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
          </WeekDays>
        </Calendar>
        """;

    [Fact]
    public void Tasks_are_scheduled_as_Microsoft_Project_does_on_elapsed_durations_resource_calendars_and_contoured_work()
    {
        const string tasks = """
            <Task><UID>1</UID><Name>Cure</Name><OutlineLevel>1</OutlineLevel><Duration>PT24H0M0S</Duration><DurationFormat>8</DurationFormat></Task>
            <Task><UID>2</UID><Name>Night work</Name><OutlineLevel>1</OutlineLevel><Duration>PT4H0M0S</Duration><CalendarUID>-1</CalendarUID></Task>
            <Task><UID>3</UID><Name>Day and night</Name><OutlineLevel>1</OutlineLevel><Duration>PT20H0M0S</Duration></Task>
            <Task><UID>4</UID><Name>Shaped</Name><OutlineLevel>1</OutlineLevel><Duration>PT12H0M0S</Duration></Task>
            <Task><UID>5</UID><Name>Own hours</Name><OutlineLevel>1</OutlineLevel><Duration>PT4H0M0S</Duration><IgnoreResourceCalendar>1</IgnoreResourceCalendar></Task>
            """;
        const string resources = """
            <Resources>
              <Resource><UID>1</UID><Name>Day</Name><Type>1</Type><CalendarUID>1</CalendarUID></Resource>
              <Resource><UID>2</UID><Name>Night</Name><Type>1</Type><CalendarUID>2</CalendarUID></Resource>
            </Resources>
            <Assignments>
              <Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>2</ResourceUID><Work>PT4H0M0S</Work></Assignment>
              <Assignment><UID>2</UID><TaskUID>3</TaskUID><ResourceUID>1</ResourceUID><Work>PT10H0M0S</Work></Assignment>
              <Assignment><UID>3</UID><TaskUID>3</TaskUID><ResourceUID>2</ResourceUID><Work>PT4H0M0S</Work></Assignment>
              <Assignment><UID>4</UID><TaskUID>4</TaskUID><ResourceUID>1</ResourceUID><Work>PT12H0M0S</Work><WorkContour>8</WorkContour>
                <TimephasedData><Type>1</Type><UID>4</UID><Start>2026-11-23T08:00:00</Start><Finish>2026-11-24T08:00:00</Finish><Unit>2</Unit><Value>PT8H0M0S</Value></TimephasedData>
                <TimephasedData><Type>1</Type><UID>4</UID><Start>2026-11-24T08:00:00</Start><Finish>2026-11-25T08:00:00</Finish><Unit>2</Unit><Value>PT0H0M0S</Value></TimephasedData>
                <TimephasedData><Type>1</Type><UID>4</UID><Start>2026-11-25T08:00:00</Start><Finish>2026-11-25T12:00:00</Finish><Unit>2</Unit><Value>PT4H0M0S</Value></TimephasedData>
              </Assignment>
              <Assignment><UID>5</UID><TaskUID>5</TaskUID><ResourceUID>2</ResourceUID><Work>PT4H0M0S</Work></Assignment>
            </Assignments>
            """;

        MspdiFile file = Read(Document(tasks, Nights, resources));
        ScheduleResult result = new CpmScheduler().Schedule(file.Project);
        (LocalDateTime, LocalDateTime) Dates(string uid) =>
            (result[new ActivityId(uid)].EarlyStart, result[new ActivityId(uid)].EarlyFinish);

        // Elapsed days run around the clock.
        Assert.Equal((new LocalDateTime(2026, 11, 23, 8, 0), new LocalDateTime(2026, 11, 24, 8, 0)), Dates("1"));
        // A task works when its resource works: two hours a night.
        Assert.Equal((new LocalDateTime(2026, 11, 23, 22, 0), new LocalDateTime(2026, 11, 25, 0, 0)), Dates("2"));
        // With a day and a night resource, it works whenever either does: ten hours a day.
        Assert.Equal((new LocalDateTime(2026, 11, 23, 8, 0), new LocalDateTime(2026, 11, 25, 0, 0)), Dates("3"));
        Assert.Equal(new CalendarId("1+2"), file.Project.GetActivity(new ActivityId("3")).Calendar);
        // Hand-shaped work with an idle Tuesday lasts until its last hour of work, Wednesday noon.
        Assert.Equal((new LocalDateTime(2026, 11, 23, 8, 0), new LocalDateTime(2026, 11, 25, 12, 0)), Dates("4"));
        // A task told to ignore resource calendars keeps the project calendar.
        Assert.Equal((new LocalDateTime(2026, 11, 23, 8, 0), new LocalDateTime(2026, 11, 23, 12, 0)), Dates("5"));
    }

    [Fact]
    public void A_document_that_is_not_MSPDI_is_refused()
    {
        MspdiFormatException error = Assert.Throws<MspdiFormatException>(() => Read("<Plan><Task/></Plan>"));

        Assert.Equal("Plan", error.Element);
    }

    [Fact]
    public void Documents_beyond_the_size_limit_are_refused()
    {
        var reader = new MspdiReader(maxCharacters: 1_000);

        Assert.Throws<MspdiFormatException>(() =>
            reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Document(ThreeTasks))), "big.xml", default)
        );
    }
}

public class MspdiRoundTripTests
{
    private static MspdiFile RoundTrip(Project project)
    {
        using var stream = new MemoryStream();
        new MspdiWriter().Write(project, stream);
        stream.Position = 0;
        return new MspdiReader().Read(stream, "round-trip.xml", default);
    }

    private static bool SameNetwork(Project original, Project back) =>
        original.Start == back.Start
        && original.Activities.OrderBy(a => a.Id).SequenceEqual(back.Activities.OrderBy(a => a.Id))
        && original.Dependencies.ToHashSet().SetEquals(back.Dependencies)
        && original.Calendar.Week.Equals(back.Calendar.Week)
        && original
            .Calendar.Exceptions.Select(e => (e.Dates, e.WorkingTime))
            .SequenceEqual(back.Calendar.Exceptions.Select(e => (e.Dates, e.WorkingTime)));

    [Fact]
    public void Read_of_write_keeps_resources_assignments_and_baselines()
    {
        var project = new Project(
            new ProjectId("P"),
            "Resourced",
            WorkCalendar.Standard,
            new LocalDateTime(2026, 11, 23, 8, 0),
            [
                new Activity(new ActivityId("design"), "Design", Duration.FromHours(16)),
                new Activity(new ActivityId("build"), "Build", Duration.FromHours(8)),
            ],
            []
        );
        WorkCalendar anaCalendar = WorkCalendar.Standard.Derive(
            new CalendarId("ana"),
            exceptions: [CalendarException.Holiday(new LocalDate(2026, 11, 27))]
        );
        Currency eur = Currency.FromCode("EUR");
        ScheduleResult schedule = new CpmScheduler().Schedule(project);
        var file = new MspdiFile(project)
        {
            Calendars = ImmutableDictionary<CalendarId, WorkCalendar>.Empty.Add(anaCalendar.Id, anaCalendar),
            Resources =
            [
                new MspdiResource(new ResourceId("ana"), "Ana", MspdiResourceType.Work)
                {
                    MaxUnits = 0.5m,
                    Calendar = anaCalendar.Id,
                    StandardRate = new Money(80.25m, eur),
                    OvertimeRate = new Money(0m, eur),
                    CostPerUse = new Money(0m, eur),
                },
                new MspdiResource(new ResourceId("crane"), "Crane", MspdiResourceType.Work)
                {
                    StandardRate = new Money(0m, eur),
                    OvertimeRate = new Money(0m, eur),
                    CostPerUse = new Money(300m, eur),
                },
            ],
            Assignments =
            [
                new MspdiAssignment(new ActivityId("design"), new ResourceId("ana"))
                {
                    Units = 0.5m,
                    Work = Work.FromHours(8),
                    ActualWork = Work.FromMinutes(90),
                    RemainingWork = Work.FromMinutes(390),
                },
                new MspdiAssignment(new ActivityId("build"), new ResourceId("crane"))
                {
                    Work = Work.FromHours(8),
                    RemainingWork = Work.FromHours(8),
                },
            ],
            Baselines =
            [
                Baseline.Capture(schedule, 0, "Baseline", new LocalDate(2026, 11, 20)),
                new Baseline(
                    4,
                    "Baseline 4",
                    new LocalDate(2026, 11, 20),
                    [
                        new BaselineEntry(
                            new ActivityId("build"),
                            new LocalDateTime(2026, 11, 30, 8, 0),
                            new LocalDateTime(2026, 11, 30, 17, 0),
                            Duration.FromHours(8),
                            Work.FromHours(8),
                            new Money(2400.10m, eur)
                        ),
                    ]
                ),
            ],
        };
        using var stream = new MemoryStream();
        new MspdiWriter().Write(file, stream);
        stream.Position = 0;
        MspdiFile back = new MspdiReader().Read(stream, "resourced.xml", default);

        Assert.Equal(
            file.Resources.Select(r => r with { Calendar = null }),
            back.Resources.Select(r => r with { Calendar = null })
        );
        Assert.Equal(
            anaCalendar.Exceptions.Select(e => e.Dates),
            back.Calendars[back.Resources[0].Calendar!.Value].Exceptions.Select(e => e.Dates)
        );
        Assert.Equal<MspdiAssignment>(file.Assignments, back.Assignments);
        Assert.Equal(file.Baselines.Select(b => (b.Number, b.Name)), back.Baselines.Select(b => (b.Number, b.Name)));
        Assert.Equal(file.Baselines.SelectMany(b => b.Entries), back.Baselines.SelectMany(b => b.Entries));
    }

    [Pso.Domain.Testing.SeededProperty(typeof(Pso.Domain.Testing.NetworkArbitraries))]
    public bool Read_of_write_gives_back_random_networks(Pso.Domain.Testing.RandomNetwork network) =>
        SameNetwork(network.Project, RoundTrip(network.Project).Project);

    [Fact]
    public void Read_of_write_keeps_ids_outline_lags_constraints_calendars_and_manual_starts()
    {
        LocalDateTime start = new(2026, 11, 23, 8, 0);
        var holidays = new WorkCalendar(
            new CalendarId("office"),
            WorkWeek.Standard,
            [
                CalendarException.Holiday(new LocalDate(2026, 12, 25)),
                new CalendarException(
                    new DateInterval(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 31)),
                    WorkingDay.Parse("09:00-13:00")
                ),
            ]
        );
        WorkCalendar nights = holidays.Derive(
            new CalendarId("nights"),
            weekDays: new System.Collections.Generic.Dictionary<IsoDayOfWeek, WorkingDay>
            {
                [IsoDayOfWeek.Monday] = WorkingDay.Parse("20:00-24:00"),
            }
        );
        Activity[] activities =
        [
            new(new ActivityId("phase-1"), "Phase <1> & co", Duration.Zero, ActivityKind.Summary),
            new(new ActivityId("design"), "Design", Duration.FromHours(16))
            {
                Parent = new ActivityId("phase-1"),
                Priority = 900,
                Deadline = start.PlusDays(10),
                Work = Work.FromHours(24),
                ActualStart = start,
                PercentComplete = 62.5m,
                RemainingDuration = Duration.FromHours(6),
            },
            new(new ActivityId("build"), "Build", Duration.FromMinutes(90))
            {
                Parent = new ActivityId("phase-1"),
                Calendar = nights.Id,
                Constraint = ScheduleConstraint.On(ConstraintType.StartNoEarlierThan, start.PlusDays(2)),
            },
            new(new ActivityId("done"), "Done", Duration.Zero, ActivityKind.Milestone)
            {
                ManualStart = start.PlusDays(20),
            },
        ];
        Dependency[] links =
        [
            new(
                new ActivityId("design"),
                new ActivityId("build"),
                DependencyType.StartToStart,
                Lag.PercentOfPredecessor(50m)
            ),
            new(
                new ActivityId("build"),
                new ActivityId("done"),
                DependencyType.FinishToStart,
                Lag.Elapsed(Duration.FromHours(-36))
            ),
            new(
                new ActivityId("design"),
                new ActivityId("done"),
                DependencyType.FinishToFinish,
                Lag.Working(Duration.FromMinutes(-45))
            ),
        ];
        var project = new Project(
            new ProjectId("P-1"),
            "Round trip",
            holidays,
            start,
            activities,
            links,
            [nights],
            start.PlusDays(1)
        );

        MspdiFile back = RoundTrip(project);

        Assert.Equal(
            activities.Select(a => a with { Calendar = null }),
            back.Project.Activities.Select(a => a with { Calendar = null })
        );
        Assert.Equal(links.ToHashSet(), back.Project.Dependencies.ToHashSet());
        Assert.Equal(project.StatusDate, back.Project.StatusDate);
        WorkCalendar buildCalendar = back.Project.CalendarOf(back.Project.GetActivity(new ActivityId("build")));
        Assert.Equal(nights.Week, buildCalendar.Week);
        Assert.Equal(back.Project.Calendar, buildCalendar.Base);
        Assert.Equal("nights", buildCalendar.Name);
        Assert.Equal(holidays.Exceptions.Select(e => e.Dates), back.Project.Calendar.Exceptions.Select(e => e.Dates));
    }
}

public class MspdiHostileTests
{
    private static string Document(string tasks) =>
        $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="http://schemas.microsoft.com/project">
              <Name>Fixture</Name><StartDate>2026-11-23T08:00:00</StartDate>
              <Tasks>
                {tasks}
              </Tasks>
            </Project>
            """;

    private static MspdiFile Read(string xml) =>
        new MspdiReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "hostile.xml", default);

    private static string Task(int uid, string more = "", int level = 1) =>
        $"<Task><UID>{uid}</UID><Name>T{uid}</Name><OutlineLevel>{level}</OutlineLevel><Duration>PT8H0M0S</Duration>"
        + $"{more}</Task>";

    [Fact]
    public void Model_errors_name_the_file_the_task_uid_and_its_line()
    {
        var negative = Assert.Throws<Pso.Domain.Errors.ValidationException>(() =>
            Read(
                Document(
                    Task(1)
                        + "<Task><UID>2</UID><Name>Bad</Name><OutlineLevel>1</OutlineLevel><Duration>-PT8H0M0S</Durat"
                        + "ion></Task>"
                )
            )
        );
        Pso.Domain.Errors.ValidationError error = Assert.Single(negative.Errors);
        Assert.StartsWith("hostile.xml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("task UID 2:", error.Message, StringComparison.Ordinal);
        Assert.Equal(("hostile.xml", "2"), (error.Location.File, error.Location.RecordId));
        Assert.NotNull(error.Location.Line);

        var self = Assert.Throws<Pso.Domain.Errors.ValidationException>(() =>
            Read(
                Document(Task(1, "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink>"))
            )
        );
        Assert.Contains("task UID 1:", self.Errors.Single().Message, StringComparison.Ordinal);

        var cycle = Assert.Throws<NetworkCycleException>(() =>
            Read(
                Document(
                    Task(1, "<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink>")
                        + Task(2, "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink>")
                )
            )
        );
        Assert.Equal("hostile.xml", cycle.File);
        Assert.StartsWith("hostile.xml: ", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_or_blank_name_is_accepted_as_Project_allows()
    {
        MspdiFile file = Read(
            Document(
                "<Task><UID>1</UID><Name></Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>"
                    + "<Task><UID>2</UID><Name>   "
                    + "</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>"
                    + "<Task><UID>3</UID><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>"
            )
        );
        Assert.Equal(3, file.Project.Activities.Length);
    }

    [Fact]
    public void An_unknown_link_type_is_a_warning_with_the_uid_and_read_as_finish_to_start()
    {
        MspdiFile file = Read(
            Document(
                Task(1) + Task(2, "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>9</Type></PredecessorLink>")
            )
        );
        Pso.Domain.Errors.ValidationError warning = Assert.Single(file.Warnings);
        Assert.Equal(("2", "Type"), (warning.Location.RecordId, warning.Location.Field));
        Assert.Contains("type 9", warning.Message, StringComparison.Ordinal);
        Assert.Equal(DependencyType.FinishToStart, file.Project.Dependencies.Single().Type);
    }

    [Fact]
    public void Duplicate_uids_and_outline_levels_out_of_range_are_typed_errors()
    {
        var twice = Assert.Throws<MspdiFormatException>(() => Read(Document(Task(1) + Task(1))));
        Assert.Contains("UID 1 appears more than once", twice.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<MspdiFormatException>(() => Read(Document(Task(1, level: 0))));
        Assert.Contains("outline level 0", zero.Message, StringComparison.Ordinal);
        var jump = Assert.Throws<MspdiFormatException>(() => Read(Document(Task(1) + Task(2, level: 5))));
        Assert.Contains("runs from 1 to 1", jump.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_beyond_their_fields_are_typed_errors_not_overflows()
    {
        Assert.Throws<MspdiFormatException>(() => Read(Document(Task(1, "<Priority>99999999999999</Priority>"))));
        Assert.Throws<MspdiFormatException>(() =>
            Read(Document(Task(1, "<TotalSlack>9999999999999999999</TotalSlack>")))
        );
        Assert.Throws<MspdiFormatException>(() =>
            Read(
                Document(
                    Task(1)
                        + Task(
                            2,
                            "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>90000000000000"
                                + "00</LinkLag><LagFormat>7</LagFormat></PredecessorLink>"
                        )
                )
            )
        );
        Assert.Throws<MspdiFormatException>(() =>
            Read(
                Document(
                    "<Task><UID>1</UID><Name>x</Name><OutlineLevel>1</OutlineLevel><Duration>PT99999999999999999H0M0S"
                        + "</Duration></Task>"
                )
            )
        );
        var message = Assert
            .Throws<MspdiFormatException>(() =>
                Read(Document(Task(1, $"<Priority>{new string('9', 5_000)}</Priority>")))
            )
            .Message;
        Assert.True(message.Length < 1_000, $"{message.Length} characters");
    }

    [Fact]
    public void A_dtd_is_refused_saying_why_not_how_to_allow_it()
    {
        string xml =
            "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x \"y\">]>"
            + Document(Task(1))[Document(Task(1)).IndexOf("<Project", StringComparison.Ordinal)..];
        string message = Assert.Throws<MspdiFormatException>(() => Read(xml)).Message;
        Assert.Contains("declares a DTD", message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_xml_is_refused_at_once()
    {
        var xml = new StringBuilder(Document(Task(1)).Replace("</Project>", "", StringComparison.Ordinal));
        for (int i = 0; i < 100_000; i++)
        {
            xml.Append("<x>");
        }
        var error = Assert.Throws<MspdiFormatException>(() => Read(xml.ToString()));
        Assert.Contains($"more than {MspdiReader.MaxDepth} elements deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outline_20000_levels_deep_is_read()
    {
        var tasks = new StringBuilder();
        for (int level = 1; level <= 20_000; level++)
        {
            tasks.Append(
                System.Globalization.CultureInfo.InvariantCulture,
                $"<Task><UID>{level}</UID><Name>S{level}</Name><OutlineLevel>{level}</OutlineLevel><Summary>1</Summary></Task>"
            );
        }
        tasks.Append(
            "<Task><UID>20001</UID><Name>T</Name><OutlineLevel>20001</OutlineLevel><Duration>PT8H0M0S</Duration></Task>"
        );
        MspdiFile file = Read(Document(tasks.ToString()));
        Assert.Equal(new ActivityId("20000"), file.Project.GetActivity(new ActivityId("20001")).Parent);
    }
}
