using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Pso.Domain;
using Pso.Domain.Calendars;
using Pso.Domain.Costs;
using Pso.Domain.Serialization;

namespace Pso.Samples.QuickStart;

/// <summary>The embedded demo portfolio: an organisation, its calendar, exchange rates, people and projects.</summary>
internal sealed record DemoPortfolio(
    string Organisation,
    string ReportingCurrency,
    int FiscalYearStartMonth,
    string TimeZone,
    WorkCalendar Calendar,
    ExchangeRateTable ExchangeRates,
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<DemoProject> Projects,
    DemoSchedule Schedule,
    IReadOnlyList<DemoBooking> Bookings,
    IReadOnlyList<DemoDemand> Demands,
    DemoLevelling Levelling
)
{
    public static DemoPortfolio Load()
    {
        using Stream stream = typeof(DemoPortfolio).Assembly.GetManifestResourceStream("portfolio.json")
            ?? throw new InvalidDataException("The demo portfolio is not embedded.");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        }.ConfigureForPsoDomain();
        return JsonSerializer.Deserialize<DemoPortfolio>(stream, options)
            ?? throw new InvalidDataException("The demo portfolio is empty.");
    }

    /// <summary>Opens one of the embedded files the teams hand over (DemoData/intake).</summary>
    public static Stream Open(string name) =>
        typeof(DemoPortfolio).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidDataException($"The demo file {name} is not embedded.");
}

internal sealed record DemoPerson(
    ResourceId Id,
    string Name,
    Dictionary<IsoDayOfWeek, string> PartTime,
    IReadOnlyList<DemoLeave> Leave,
    IReadOnlyList<RoleId> Roles,
    IReadOnlyList<DemoSkill> Skills,
    IReadOnlyList<DemoUnits> Units,
    Money Rate
);

internal sealed record DemoSkill(SkillId Skill, int Level, LocalDate? Expires);

internal sealed record DemoUnits(LocalDate From, decimal Units);

internal sealed record DemoBooking(
    string Id,
    ResourceId Person,
    ProjectId Project,
    LocalDate Start,
    LocalDate End,
    decimal? HoursPerDay,
    decimal? Units,
    string Contour,
    string Status,
    string? Demand
);

internal sealed record DemoDemand(
    string Id,
    ProjectId Project,
    LocalDate Start,
    LocalDate End,
    decimal EffortHours,
    RoleId Role
);

internal sealed record DemoLeave(LocalDate Start, LocalDate End, string WorkingTime, string Name);

internal sealed record DemoProject(
    ProjectId Id,
    string Name,
    Money Budget,
    LocalDateTime Start,
    decimal EffortHours,
    ResourceId Owner
);

internal sealed record DemoSchedule(
    ProjectId Project,
    IReadOnlyList<DemoActivity> Activities,
    IReadOnlyList<DemoLink> Dependencies
);

internal sealed record DemoActivity(
    ActivityId Id,
    string Name,
    decimal Hours,
    string? Kind,
    ActivityId? Parent,
    LocalDateTime? Deadline
);

internal sealed record DemoLink(ActivityId From, ActivityId To, string Type, decimal? LagHours);

internal sealed record DemoLevelling(LocalDate Start, IReadOnlyList<DemoWorkPackage> WorkPackages);

internal sealed record DemoWorkPackage(
    ActivityId Id,
    ProjectId Project,
    int Days,
    RoleId Role,
    int Units,
    IReadOnlyList<ActivityId> After
);
