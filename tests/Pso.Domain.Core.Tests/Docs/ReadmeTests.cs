using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Tests.Docs;

/// <summary>Runs the usage example of the repository's README.md, and fails when the README no longer shows
/// it.</summary>
public class ReadmeTests
{
    [Fact]
    public void The_readme_example_runs_and_gives_what_the_readme_says()
    {
        #region README example
        var calendar = new WorkCalendar(
            new CalendarId("uk-office"),
            WorkWeek.Standard,
            [CalendarException.Holiday(new LocalDate(2026, 12, 25), "Christmas Day")]
        );

        // 40 hours of work from Monday 21 December 2026, 08:00, skipping Christmas Day and the weekend:
        LocalDateTime finish = calendar.AddWorkingTime(new LocalDateTime(2026, 12, 21, 8, 0), Duration.FromHours(40));
        // finish: 2026-12-28T17:00

        // A budget phased over three months by their working days, to the cent:
        ImmutableArray<Money> phased = Money.Of(100_000m, "EUR").Allocate([21m, 20m, 22m]);
        // phased: EUR 33333.33, EUR 31746.03, EUR 34920.64 (the sum is exactly EUR 100000.00)
        #endregion

        Assert.Equal(new LocalDateTime(2026, 12, 28, 17, 0), finish);
        Assert.Equal(["EUR 33333.33", "EUR 31746.03", "EUR 34920.64"], phased.Select(m => m.ToString()));
        Assert.Equal(Money.Of(100_000m, "EUR"), Money.Sum(phased, Currency.Eur));
    }

    [Fact]
    public void The_readme_shows_the_example_exactly()
    {
        string example = ExampleSource();
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");

        Assert.Contains(example, readme, StringComparison.Ordinal);
    }

    private static string ExampleSource()
    {
        // Found from the repository, not from the compiler's file path: CI builds map source paths away.
        string[] lines = File.ReadAllLines(
            Path.Combine(RepositoryRoot(), "tests", "Pso.Domain.Core.Tests", "Docs", "ReadmeTests.cs")
        );
        int start = Array.FindIndex(lines, l => l.Trim() == "#region README example") + 1;
        int end = Array.FindIndex(lines, l => l.Trim() == "#endregion");
        string[] body = lines[start..end];
        int indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    private static string RepositoryRoot()
    {
        DirectoryInfo? directory = new(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pso.Domain.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName
            ?? throw new InvalidOperationException("Pso.Domain.sln not found above the test binaries.");
    }
}
